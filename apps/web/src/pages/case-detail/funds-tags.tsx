import { Space, Tag, Tooltip, Typography } from 'antd';
import { DISBURSEMENT_DELAY_GROUND_LABELS } from '@zhixing/contracts/labels';
import { formatDate } from '../../format/date.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import type { CasePayout, CaseReceipt } from './funds-api.js';
import { PAYOUT_STATE_COLORS, receiptStateColor, receiptUrgency } from './funds-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

/** Where a receipt stands in words: 已发放, 待发放 剩 N 天, 超期 N 天, 延缓发放, 已冲正. */
export function receiptStateText(r: Pick<CaseReceipt, 'state' | 'daysLeft'>, t: Translate): string {
  switch (r.state) {
    case 'paid':
      return t('funds.receipt.paid');
    case 'due':
      return r.daysLeft === 0 ? t('funds.receipt.dueToday') : t('funds.receipt.due', { days: r.daysLeft });
    case 'overdue':
      return t('funds.receipt.overdue', { days: -r.daysLeft });
    case 'delayed':
      return t('funds.receipt.delayed');
    case 'reversed':
      return t('funds.receipt.reversed');
  }
}

/**
 * A receipt's state as a coloured tag: orange within 10 days of its limit, red past it (the words
 * say it too); a delay shows its lawful ground below, the approval date and note on hover.
 */
export function ReceiptStateTag({ receipt: r }: { receipt: Pick<CaseReceipt, 'state' | 'daysLeft' | 'paidLate' | 'delay'> }) {
  const { t, lang } = useI18n();
  const tag = (
    <Tag color={receiptStateColor(r)} style={{ marginInlineEnd: 0 }} data-testid="receipt-state" data-urgency={receiptUrgency(r)}>
      {receiptStateText(r, t)}
    </Tag>
  );
  if (r.state === 'delayed' && r.delay) {
    const ground = DISBURSEMENT_DELAY_GROUND_LABELS[r.delay.ground][lang];
    return (
      <div style={{ minWidth: 120, maxWidth: 220 }}>
        <Tooltip title={t('funds.receipt.delayedOn', { date: formatDate(r.delay.approvedOn), note: r.delay.note })}>{tag}</Tooltip>
        <Typography.Paragraph style={{ ...SMALL, margin: '2px 0 0' }} ellipsis={{ rows: 2, tooltip: ground }}>
          {ground}
        </Typography.Paragraph>
      </div>
    );
  }
  return (
    <Space size={4} wrap={false}>
      {tag}
      {r.state === 'paid' && r.paidLate ? (
        <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
          {t('funds.receipt.paidLate')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** A payment's state: 待审批, 待付款, 已发放, 已驳回. */
export function PayoutStateTag({ payout: p }: { payout: Pick<CasePayout, 'state'> }) {
  const { t } = useI18n();
  return (
    <Tag color={PAYOUT_STATE_COLORS[p.state]} style={{ marginInlineEnd: 0 }} data-testid="payout-state">
      {t(`funds.payout.${p.state}`)}
    </Tag>
  );
}
