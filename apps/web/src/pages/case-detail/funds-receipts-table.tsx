import { useState } from 'react';
import { App, Button, Empty, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useUser } from '../../auth/session-context.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReasonModal } from '../../components/reason-modal.js';
import { fundsApi, type CaseReceipt } from './funds-api.js';
import { canDelayDisbursement, canReverseReceipts, isDelayable, isReversible } from './funds-values.js';
import { ReceiptStateTag } from './funds-tags.js';
import { FundDelayModal } from './fund-delay-modal.js';
import { formatFen } from './network-inquiry-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

/** A receipt of one case (the case card), or of any case with its number (the funds page). */
export type ReceiptRow = CaseReceipt & { caseId?: string; caseNumber?: string };

type Dialog = { kind: 'delay' | 'reverse'; receipt: ReceiptRow; caseId: string };

interface Props {
  rows: readonly ReceiptRow[];
  /** The case of every row on the case card; the funds page's rows carry their own. */
  caseId?: string;
  emptyText: string;
  onChanged: () => void;
}

/**
 * The receipts of a case account, or of the court's accounts: when each arrived, from whom, what of
 * it has left the account, the day it must be paid out by and where it stands; the bureau head or
 * the president approves a delay on a lawful ground or reverses a receipt recorded in error.
 */
export function FundsReceiptsTable({ rows, caseId, emptyText, onChanged }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const mayDelay = canDelayDisbursement(user);
  const mayReverse = canReverseReceipts(user);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const showCase = rows.some((r) => r.caseNumber !== undefined);
  const caseOf = (r: ReceiptRow): string | undefined => r.caseId ?? caseId;

  const columns: TableColumnsType<ReceiptRow> = [
    ...(showCase
      ? [
          {
            title: t('funds.col.case'),
            key: 'case',
            render: (_: unknown, r: ReceiptRow) =>
              r.caseId ? (
                <Link to={`/cases/${r.caseId}`} style={{ whiteSpace: 'nowrap' }}>
                  {r.caseNumber}
                </Link>
              ) : (
                r.caseNumber
              ),
          },
        ]
      : []),
    { title: t('funds.col.arrivalOn'), dataIndex: 'arrivalOn', key: 'arrivalOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span> },
    { title: t('funds.col.channel'), dataIndex: 'channel', key: 'channel', render: (_: unknown, r) => <span style={{ whiteSpace: 'nowrap' }}>{t(`funds.channel.${r.channel}`)}</span> },
    { title: t('funds.col.payer'), dataIndex: 'payer', key: 'payer', render: (v: string) => <div style={{ minWidth: 80, maxWidth: 200, overflowWrap: 'anywhere' }}>{v}</div> },
    { title: t('funds.col.amount'), dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (v: number) => <span className="zx-amount">{formatFen(v)}</span> },
    {
      title: (
        <Tooltip title={t('funds.col.settledHint')}>
          <span style={{ whiteSpace: 'nowrap' }}>
            {t('funds.col.settled')} <QuestionCircleOutlined style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }} />
          </span>
        </Tooltip>
      ),
      dataIndex: 'settledFen',
      key: 'settledFen',
      align: 'right',
      render: (v: number) => <span className="zx-amount">{formatFen(v)}</span>,
    },
    { title: t('funds.col.dueOn'), dataIndex: 'dueOn', key: 'dueOn', render: (v: string, r) => (r.state === 'reversed' ? '—' : <span style={{ whiteSpace: 'nowrap', ...(r.state === 'overdue' ? { color: '#b91c1c' } : {}) }}>{formatDate(v)}</span>) },
    { title: t('funds.col.state'), dataIndex: 'state', key: 'state', render: (_: unknown, r) => <ReceiptStateTag receipt={r} /> },
    ...(mayDelay || mayReverse
      ? [
          {
            title: t('funds.col.actions'),
            key: 'actions',
            render: (_: unknown, r: ReceiptRow) => {
              const id = caseOf(r);
              const delay = mayDelay && isDelayable(r);
              const reverse = mayReverse && isReversible(r);
              if (!id || (!delay && !reverse)) return <Typography.Text style={SMALL}>—</Typography.Text>;
              return (
                <Space size={4} wrap={false}>
                  {delay ? (
                    <Button size="small" onClick={() => setDialog({ kind: 'delay', receipt: r, caseId: id })}>
                      {t('funds.action.delay')}
                    </Button>
                  ) : null}
                  {reverse ? (
                    <Button size="small" danger onClick={() => setDialog({ kind: 'reverse', receipt: r, caseId: id })}>
                      {t('funds.action.reverse')}
                    </Button>
                  ) : null}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  const done = () => {
    setDialog(null);
    onChanged();
  };

  return (
    <>
      <div data-testid="funds-receipts">
        <Table<ReceiptRow>
          rowKey="transactionId"
          size="small"
          columns={columns}
          dataSource={[...rows]}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        />
      </div>
      {dialog?.kind === 'delay' ? <FundDelayModal key={dialog.receipt.transactionId} caseId={dialog.caseId} receipt={dialog.receipt} onClose={() => setDialog(null)} onDone={done} onReload={onChanged} /> : null}
      {dialog?.kind === 'reverse' ? (
        <ReasonModal
          key={dialog.receipt.transactionId}
          name="fund-reverse"
          maxLength={500}
          texts={{
            title: t('funds.reverseDialog.title', { amount: formatFen(dialog.receipt.amountFen), date: formatDate(dialog.receipt.arrivalOn) }),
            hint: t('funds.reverseDialog.hint'),
            label: t('funds.reverseDialog.label'),
            placeholder: t('funds.reverseDialog.placeholder'),
            required: t('funds.reverseDialog.required'),
            submit: t('funds.reverseDialog.submit'),
            refused: t('funds.reverseDialog.refused'),
          }}
          summary={
            <Typography.Text>
              {dialog.receipt.caseNumber ? `${dialog.receipt.caseNumber} · ` : ''}
              {t('funds.reverseDialog.summary', { channel: t(`funds.channel.${dialog.receipt.channel}`), payer: dialog.receipt.payer })}
            </Typography.Text>
          }
          onSubmit={async (reason) => {
            await fundsApi.reverse(dialog.caseId, dialog.receipt.transactionId, reason);
            void message.success(t('funds.reverseDialog.done'));
            done();
          }}
          onClose={() => setDialog(null)}
          onReload={onChanged}
        />
      ) : null}
    </>
  );
}
