import type { HTMLAttributes } from 'react';
import { Button, Collapse, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { ACCOUNT_KIND_LABELS, TRANSACTION_TYPE_LABELS } from '@zhixing/contracts/labels';
import { formatDate } from '../../format/date.js';
import { useI18n, type Lang } from '../../i18n/i18n-context.js';
import type { CasePayout, LedgerPosting, LedgerTransaction } from './funds-api.js';
import { postingSides } from './funds-values.js';
import { formatFen } from './network-inquiry-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

/** One line of the ledger: a posting, with its transaction's date, type and memo spanning its rows. */
interface LedgerLine {
  key: string;
  tx: LedgerTransaction;
  posting: LedgerPosting | null;
  /** Rows the transaction's cells span on its first line, 0 on the others. */
  span: number;
}

const labelIn = <T extends { zh: string; en: string }>(table: Readonly<Record<string, T>>, key: string, lang: Lang): string => (Object.hasOwn(table, key) ? (table[key]?.[lang] ?? key) : key);

const linesOf = (transactions: readonly LedgerTransaction[]): LedgerLine[] =>
  transactions.flatMap((tx): LedgerLine[] =>
    tx.postings.length === 0 ? [{ key: tx.id, tx, posting: null, span: 1 }] : tx.postings.map((posting, i) => ({ key: `${tx.id}:${i}`, tx, posting, span: i === 0 ? tx.postings.length : 0 })),
  );

/** Bring a transaction of the ledger into view and mark it a moment (a reversal and what it reverses link to each other). */
function showTransaction(id: string): void {
  const rows = [...document.querySelectorAll<HTMLElement>('tr[data-tx]')].filter((row) => row.dataset['tx'] === id);
  rows[0]?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const cells = rows.flatMap((row) => [...row.querySelectorAll<HTMLElement>('td')]);
  for (const cell of cells) cell.style.background = '#fffbe6';
  window.setTimeout(() => {
    for (const cell of cells) cell.style.background = '';
  }, 1600);
}

interface Props {
  caseId: string;
  transactions: readonly LedgerTransaction[];
  payouts: readonly CasePayout[];
}

/**
 * 台账明细: every transaction of the case account with its double entries — debits and credits on
 * the special account, the case's sub-account, the payee, the costs — and reversals linked to what
 * they reverse. Folded by default: the receipts and payments above say what a reader needs first.
 */
export function FundsLedger({ caseId, transactions, payouts }: Props) {
  const { t, lang } = useI18n();
  const byId = new Map(transactions.map((tx) => [tx.id, tx]));
  const payeeOf = new Map(payouts.map((p) => [p.id, p.payeeName]));

  const accountText = (p: LedgerPosting): string => {
    const kind = labelIn(ACCOUNT_KIND_LABELS, p.accountKind, lang);
    if ((p.accountKind === 'case' || p.accountKind === 'costs') && p.accountRef === caseId) return `${kind} · ${t('funds.ledger.thisCase')}`;
    if (p.accountKind === 'payee') return `${kind} · ${payeeOf.get(p.accountRef) ?? p.accountRef}`;
    // The special account is the court's one account: its reference says nothing more.
    if (p.accountKind === 'bank') return kind;
    return `${kind} · ${p.accountRef}`;
  };

  const link = (id: string | null, text: (tx: LedgerTransaction) => string) => {
    const other = id ? byId.get(id) : undefined;
    if (!other) return null;
    return (
      <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }} onClick={() => showTransaction(other.id)}>
        {text(other)}
      </Button>
    );
  };

  const spanned = (line: LedgerLine) => ({ rowSpan: line.span });
  const columns: TableColumnsType<LedgerLine> = [
    { title: t('funds.ledger.col.bookedOn'), key: 'bookedOn', onCell: spanned, render: (_: unknown, { tx }) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(tx.bookedOn)}</span> },
    {
      title: t('funds.ledger.col.type'),
      key: 'type',
      onCell: spanned,
      render: (_: unknown, { tx }) => (
        <div style={{ minWidth: 90, maxWidth: 220 }}>
          <Tag color={tx.type === 'reversal' ? 'red' : tx.reversedBy ? 'default' : 'blue'} style={{ marginInlineEnd: 0, whiteSpace: 'normal', ...(tx.reversedBy ? { textDecoration: 'line-through' } : {}) }}>
            {labelIn(TRANSACTION_TYPE_LABELS, tx.type, lang)}
          </Tag>
          <div>{link(tx.reverses, (o) => t('funds.ledger.reverses', { date: formatDate(o.bookedOn), type: labelIn(TRANSACTION_TYPE_LABELS, o.type, lang) }))}</div>
          <div>{link(tx.reversedBy, (o) => t('funds.ledger.reversedBy', { date: formatDate(o.bookedOn) }))}</div>
        </div>
      ),
    },
    { title: t('funds.ledger.col.memo'), key: 'memo', onCell: spanned, render: (_: unknown, { tx }) => <div style={{ minWidth: 140, maxWidth: 260, overflowWrap: 'anywhere' }}>{tx.memo}</div> },
    { title: t('funds.ledger.col.account'), key: 'account', render: (_: unknown, { posting }) => (posting ? <div style={{ ...SMALL, minWidth: 140, maxWidth: 260 }}>{accountText(posting)}</div> : '—') },
    {
      title: t('funds.ledger.col.debit'),
      key: 'debit',
      align: 'right',
      render: (_: unknown, { posting }) => {
        const fen = posting ? postingSides(posting).debitFen : null;
        return fen === null ? null : <span className="zx-amount" style={{ whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;
      },
    },
    {
      title: t('funds.ledger.col.credit'),
      key: 'credit',
      align: 'right',
      render: (_: unknown, { posting }) => {
        const fen = posting ? postingSides(posting).creditFen : null;
        return fen === null ? null : <span className="zx-amount" style={{ whiteSpace: 'nowrap' }}>{formatFen(fen)}</span>;
      },
    },
  ];

  return (
    <Collapse
      size="small"
      data-testid="funds-ledger"
      items={[
        {
          key: 'ledger',
          label: t('funds.ledger', { total: transactions.length }),
          children: (
            <Table<LedgerLine>
              rowKey="key"
              size="small"
              bordered
              columns={columns}
              dataSource={linesOf(transactions)}
              onRow={(line) => ({ 'data-tx': line.tx.id }) as HTMLAttributes<HTMLElement>}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('funds.ledger.empty') }}
            />
          ),
        },
      ]}
    />
  );
}
