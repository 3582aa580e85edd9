import { useState, type ReactNode } from 'react';
import { Button, Card, Flex, Skeleton, Space, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { fundsApi, type CaseFundsReply } from './funds-api.js';
import { canDeductFees, canProposePayouts, canRecordReceipts } from './funds-values.js';
import { FundsReceiptsTable } from './funds-receipts-table.js';
import { FundsPayoutsTable } from './funds-payouts-table.js';
import { FundsLedger } from './funds-ledger.js';
import { FundReceiptModal } from './fund-receipt-modal.js';
import { FundFeeModal } from './fund-fee-modal.js';
import { FundPayoutModal } from './fund-payout-modal.js';
import { DistributionSection } from './distribution-section.js';
import { formatFen } from './network-inquiry-values.js';

type Dialog = 'receipt' | 'fee' | 'payout';

/** One figure of the account: its name above, the amount below. */
function Figure({ label, fen, testId, hint }: { label: string; fen: number; testId: string; hint?: string }) {
  const name = <Typography.Text type="secondary">{label}</Typography.Text>;
  return (
    <div style={{ minWidth: 110 }}>
      <div>{hint ? <Tooltip title={hint}>{name}</Tooltip> : name}</div>
      <div className="zx-amount" style={{ fontSize: 16, fontWeight: 500 }} data-testid={testId}>
        {formatFen(fen)}
      </div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The account number as payers quote it: large, in digits groups of four, copied whole. */
function AccountNumber({ value }: { value: string }) {
  const { t } = useI18n();
  const grouped = value.replace(/(.{4})(?=.)/g, '$1 ');
  return (
    <div style={{ background: '#f0f5ff', border: '1px solid #adc6ff', borderRadius: 8, padding: '8px 16px', minWidth: 260 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('funds.account')}
      </Typography.Text>
      <div>
        <Typography.Text className="zx-mono" copyable={{ text: value }} style={{ fontSize: 22, fontWeight: 600, letterSpacing: 1 }} data-testid="funds-account-number">
          {grouped}
        </Typography.Text>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('funds.accountHint')}
      </Typography.Text>
    </div>
  );
}

/**
 * 执行款 on the case page: the case's own account number (一案一账号) that payers quote, what it
 * holds, every receipt with the days left to pay it out (法发〔2017〕6号: 30 days), the payments
 * proposed, approved and paid, and the ledger behind them. Finance's counter records receipts and
 * payments, the handler takes costs and proposes payments, the bureau head or president approves.
 */
export function FundsCard({ detail, onChanged }: { detail: CaseDetailReply; onChanged: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const funds = useLoad<CaseFundsReply>(() => fundsApi.get(detail.id), [detail.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = funds.data;
  const debtors = detail.parties.filter((p) => p.partyRole === 'debtor');
  const changed = () => {
    funds.reload();
    onChanged();
  };
  const done = () => {
    setDialog(null);
    changed();
  };

  const buttons = [
    ...(canRecordReceipts(user) ? [{ key: 'receipt' as const, label: t('funds.action.receipt'), primary: true }] : []),
    ...(canDeductFees(user) ? [{ key: 'fee' as const, label: t('funds.action.fee'), primary: false }] : []),
    ...(canProposePayouts(user) ? [{ key: 'payout' as const, label: t('funds.action.payout'), primary: false }] : []),
  ];

  return (
    <Card
      title={t('funds.title')}
      style={{ marginBottom: 16 }}
      data-testid="funds-card"
      extra={
        <Tooltip title={t('common.refresh')}>
          <Button icon={<ReloadOutlined />} onClick={funds.reload} loading={funds.loading && data !== null} aria-label={t('common.refresh')} />
        </Tooltip>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('funds.intro')}
      </Typography.Paragraph>
      {funds.error ? (
        <ErrorAlert
          error={funds.error}
          action={
            <Button size="small" onClick={funds.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {!data && funds.loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : data ? (
        <>
          <Flex wrap gap={24} align="center" style={{ marginBottom: 16 }}>
            <AccountNumber value={data.accountNumber} />
            <Flex wrap gap={24} data-testid="funds-summary">
              <Figure label={t('funds.balance')} fen={data.balanceFen} testId="funds-balance" />
              <Figure label={t('funds.available')} fen={data.availableFen} testId="funds-available" hint={t('funds.availableHint')} />
              <Figure label={t('funds.received')} fen={data.receivedFen} testId="funds-received" />
              <Figure label={t('funds.paidOut')} fen={data.paidOutFen} testId="funds-paid-out" />
              <Figure label={t('funds.costs')} fen={data.costsFen} testId="funds-costs" />
            </Flex>
          </Flex>
          {buttons.length > 0 ? (
            <Space wrap style={{ marginBottom: 16 }}>
              {buttons.map((b) => (
                <Button key={b.key} type={b.primary ? 'primary' : 'default'} onClick={() => setDialog(b.key)}>
                  {b.label}
                </Button>
              ))}
            </Space>
          ) : null}
          <Section title={t('funds.receipts', { total: data.receipts.length })}>
            <FundsReceiptsTable rows={data.receipts} caseId={detail.id} emptyText={t('funds.receipts.empty')} onChanged={changed} />
          </Section>
          <Section title={t('funds.payouts', { total: data.payouts.length })}>
            <FundsPayoutsTable rows={data.payouts} emptyText={t('funds.payouts.empty')} onChanged={changed} />
          </Section>
          <DistributionSection detail={detail} availableFen={data.availableFen} onChanged={changed} />
          <FundsLedger caseId={detail.id} transactions={data.transactions} payouts={data.payouts} />
        </>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {t('funds.note')}
      </Typography.Paragraph>
      {dialog === 'receipt' ? <FundReceiptModal caseId={detail.id} suggestedPayer={debtors.length === 1 ? debtors[0]?.name : undefined} onClose={() => setDialog(null)} onDone={done} onReload={changed} /> : null}
      {dialog === 'fee' && data ? <FundFeeModal caseId={detail.id} availableFen={data.availableFen} onClose={() => setDialog(null)} onDone={done} onReload={changed} /> : null}
      {dialog === 'payout' && data ? <FundPayoutModal caseId={detail.id} parties={detail.parties} availableFen={data.availableFen} onClose={() => setDialog(null)} onDone={done} onReload={changed} /> : null}
    </Card>
  );
}
