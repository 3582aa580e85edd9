import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Loaded } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import type { FundsBoardReply } from '../case-detail/funds-api.js';
import { sortReceipts } from '../case-detail/funds-values.js';
import { FundsReceiptsTable } from '../case-detail/funds-receipts-table.js';
import { FundsPayoutsTable } from '../case-detail/funds-payouts-table.js';
import { formatFen } from '../case-detail/network-inquiry-values.js';

function Total({ title, value, testId, suffix, danger = false }: { title: string; value: ReactNode; testId: string; suffix?: string; danger?: boolean }) {
  return (
    <Col xs={12} lg={6}>
      <Card>
        <Statistic title={title} suffix={suffix || undefined} valueRender={() => <span data-testid={testId}>{value}</span>} styles={{ content: { color: danger ? '#b91c1c' : undefined } }} />
      </Card>
    </Col>
  );
}

/**
 * The court's funds board: what is not yet paid out and how much of it is overdue, then each
 * receipt (overdue first, with its case) and the payments waiting for approval or payment, with
 * the same actions as on the case page.
 */
export function FundsBoard({ board }: { board: Loaded<FundsBoardReply> }) {
  const { t } = useI18n();
  const data = board.data;
  const totals = data?.totals;
  const receipts = sortReceipts(data?.receipts ?? []);
  const payouts = data?.payouts ?? [];
  return (
    <>
      {board.error ? <ErrorAlert error={board.error} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="funds-totals">
        <Total title={t('fundsPage.unpaid')} value={<span className="zx-amount">{totals ? formatFen(totals.unpaidFen) : '—'}</span>} testId="funds-total-unpaid" />
        <Total title={t('fundsPage.overdue')} value={totals?.overdue ?? '—'} testId="funds-total-overdue" suffix={t('fundsPage.countUnit')} danger={(totals?.overdue ?? 0) > 0} />
        <Total title={t('fundsPage.awaitingApproval')} value={totals?.awaitingApproval ?? '—'} testId="funds-total-approval" suffix={t('fundsPage.countUnit')} />
        <Total title={t('fundsPage.awaitingPayment')} value={totals?.awaitingPayment ?? '—'} testId="funds-total-payment" suffix={t('fundsPage.countUnit')} />
      </Row>
      <Card style={{ marginBottom: 16 }} title={t('fundsPage.receipts', { total: receipts.length })} loading={!data && board.loading}>
        <FundsReceiptsTable rows={receipts} emptyText={t('fundsPage.receiptsEmpty')} onChanged={board.reload} />
      </Card>
      <Card title={t('fundsPage.payouts', { total: payouts.length })} loading={!data && board.loading}>
        <FundsPayoutsTable rows={payouts} emptyText={t('fundsPage.payoutsEmpty')} onChanged={board.reload} />
      </Card>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {t('funds.note')}
      </Typography.Paragraph>
    </>
  );
}
