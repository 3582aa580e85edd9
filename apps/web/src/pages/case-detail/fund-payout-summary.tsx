import { Descriptions } from 'antd';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { CasePayout } from './funds-api.js';
import { formatFen } from './network-inquiry-values.js';

/** What a payment is, above the decision or the payment dialog: case, payee, amount, account, note. */
export function FundPayoutSummary({ payout: p }: { payout: CasePayout & { caseNumber?: string } }) {
  const { t } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 12 }}
      items={[
        ...(p.caseNumber ? [{ key: 'case', label: t('funds.col.case'), children: p.caseNumber }] : []),
        { key: 'payee', label: t('funds.col.payee'), children: p.payeeName },
        { key: 'amount', label: t('funds.col.amount'), children: <span className="zx-amount">{formatFen(p.amountFen)}</span> },
        { key: 'account', label: t('funds.col.account'), children: <span style={{ overflowWrap: 'anywhere' }}>{p.account}</span> },
        ...(p.note ? [{ key: 'note', label: t('funds.payoutDialog.note'), children: p.note }] : []),
        { key: 'proposedAt', label: t('funds.decisionDialog.proposedAt'), children: formatInstant(p.proposedAt) },
      ]}
    />
  );
}
