import { Alert, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import type { PartyCase } from '@zhixing/contracts';
import { formatYuan } from '../format/money.js';
import { usePortalI18n } from './portal-i18n.js';

type Performance = NonNullable<PartyCase['performance']>;

/**
 * What is owed today. The debtor also reads how to pay into the case's own account and what refusing
 * to perform leads to (issue 5: voluntary performance, the risk notice).
 */
export function PerformanceCard({ performance: p, debtor }: { performance: Performance; debtor: boolean }) {
  const { t } = usePortalI18n();
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }}>
        {debtor ? t('performTitle') : t('owedTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('moneyDebt')} value={formatYuan(p.moneyDebt)} className="zx-portal-amount" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('doubledInterest')} value={formatYuan(p.doubledInterest)} className="zx-portal-amount" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('received')} value={formatYuan(p.received)} className="zx-portal-amount" />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('outstandingAsOf', { date: p.asOf })} value={formatYuan(p.outstanding)} className="zx-portal-amount" />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('performanceBasis', { basis: p.legalBasis })}
      </Typography.Paragraph>
      {debtor && (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'payee', label: t('payee'), children: p.payee },
              { key: 'account', label: t('caseAccount'), children: <Typography.Text strong copyable className="zx-portal-amount" data-testid="case-account">{p.accountNumber}</Typography.Text> },
            ]}
          />
          <Typography.Paragraph>{t('howToPay')}</Typography.Paragraph>
          <Alert type="warning" showIcon title={t('riskTitle')} description={t('riskNotice')} />
        </>
      )}
    </Card>
  );
}
