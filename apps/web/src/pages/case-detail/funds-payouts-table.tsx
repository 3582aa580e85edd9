import { useState } from 'react';
import { Button, Empty, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useUser } from '../../auth/session-context.js';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CasePayout } from './funds-api.js';
import { canDecidePayouts, canPayPayouts } from './funds-values.js';
import { PayoutStateTag } from './funds-tags.js';
import { FundDecisionModal } from './fund-decision-modal.js';
import { FundPaymentModal } from './fund-payment-modal.js';
import { formatFen } from './network-inquiry-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

/** A payment of one case (the case card), or of any case with its number (the funds page). */
export type PayoutRow = CasePayout & { caseId?: string; caseNumber?: string };

type Dialog = { kind: 'decide' | 'pay'; payout: PayoutRow };

/** The day of an instant in China Standard Time. */
const dayOf = (instant: string): string => formatInstant(instant).slice(0, 10);

interface Props {
  rows: readonly PayoutRow[];
  emptyText: string;
  onChanged: () => void;
}

/**
 * Payments to applicants, proposed → approved → paid (or rejected): to whom, how much, to which
 * account, when each step was taken and the bank's serial number. The bureau head or the president
 * decides a proposed one; finance's counter records the payment of an approved one.
 */
export function FundsPayoutsTable({ rows, emptyText, onChanged }: Props) {
  const { t } = useI18n();
  const user = useUser();
  const mayDecide = canDecidePayouts(user);
  const mayPay = canPayPayouts(user);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const showCase = rows.some((r) => r.caseNumber !== undefined);
  const hasAction = rows.some((p) => (mayDecide && p.state === 'proposed') || (mayPay && p.state === 'approved'));

  const columns: TableColumnsType<PayoutRow> = [
    ...(showCase
      ? [
          {
            title: t('funds.col.case'),
            key: 'case',
            render: (_: unknown, p: PayoutRow) =>
              p.caseId ? (
                <Link to={`/cases/${p.caseId}`} style={{ whiteSpace: 'nowrap' }}>
                  {p.caseNumber}
                </Link>
              ) : (
                p.caseNumber
              ),
          },
        ]
      : []),
    {
      title: t('funds.col.payee'),
      key: 'payee',
      render: (_: unknown, p) => (
        <div style={{ minWidth: 80, maxWidth: 200 }}>
          {p.payeeName}
          {p.note ? (
            <Typography.Paragraph style={{ ...SMALL, margin: 0 }} ellipsis={{ rows: 2, tooltip: p.note }}>
              {p.note}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { title: t('funds.col.amount'), dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (v: number) => <span className="zx-amount">{formatFen(v)}</span> },
    { title: t('funds.col.account'), dataIndex: 'account', key: 'account', render: (v: string) => <div style={{ minWidth: 120, maxWidth: 220, overflowWrap: 'anywhere' }}>{v}</div> },
    { title: t('funds.col.state'), dataIndex: 'state', key: 'state', render: (_: unknown, p) => <PayoutStateTag payout={p} /> },
    {
      title: t('funds.col.dates'),
      key: 'dates',
      render: (_: unknown, p) => (
        <div style={{ minWidth: 120, maxWidth: 240 }}>
          <div style={{ ...SMALL, whiteSpace: 'nowrap' }}>{t('funds.payout.proposedAt', { date: dayOf(p.proposedAt) })}</div>
          {p.decidedAt ? <div style={{ ...SMALL, whiteSpace: 'nowrap' }}>{t(p.state === 'rejected' ? 'funds.payout.rejectedAt' : 'funds.payout.approvedAt', { date: dayOf(p.decidedAt) })}</div> : null}
          {p.paidOn ? <div style={{ whiteSpace: 'nowrap' }}>{t('funds.payout.paidOn', { date: formatDate(p.paidOn) })}</div> : null}
          {p.decisionNote ? (
            <Typography.Paragraph style={{ ...SMALL, margin: 0 }} ellipsis={{ rows: 2, tooltip: p.decisionNote }}>
              {t('funds.payout.decisionNote', { note: p.decisionNote })}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    { title: t('funds.col.bankSerial'), dataIndex: 'bankSerial', key: 'bankSerial', render: (v: string | null) => (v ? <span className="zx-mono" style={{ overflowWrap: 'anywhere' }}>{v}</span> : '—') },
    ...(hasAction
      ? [
          {
            title: t('funds.col.actions'),
            key: 'actions',
            render: (_: unknown, p: PayoutRow) => (
              <Space size={4} wrap={false}>
                {mayDecide && p.state === 'proposed' ? (
                  <Button size="small" type="primary" ghost onClick={() => setDialog({ kind: 'decide', payout: p })}>
                    {t('funds.action.decide')}
                  </Button>
                ) : null}
                {mayPay && p.state === 'approved' ? (
                  <Button size="small" type="primary" ghost onClick={() => setDialog({ kind: 'pay', payout: p })}>
                    {t('funds.action.pay')}
                  </Button>
                ) : null}
                {!(mayDecide && p.state === 'proposed') && !(mayPay && p.state === 'approved') ? <span style={SMALL}>—</span> : null}
              </Space>
            ),
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
      <div data-testid="funds-payouts">
        <Table<PayoutRow>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...rows]}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
        />
      </div>
      {dialog?.kind === 'decide' ? <FundDecisionModal key={dialog.payout.id} payout={dialog.payout} onClose={() => setDialog(null)} onDone={done} onReload={onChanged} /> : null}
      {dialog?.kind === 'pay' ? <FundPaymentModal key={dialog.payout.id} payout={dialog.payout} onClose={() => setDialog(null)} onDone={done} onReload={onChanged} /> : null}
    </>
  );
}
