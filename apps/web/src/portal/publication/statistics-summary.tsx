import { Card, Col, Row, Statistic } from 'antd';
import { formatYuan } from '../../format/money.js';
import { usePortalI18n } from '../portal-i18n.js';
import type { OpenStatistics } from '../portal-api.js';

/** The period's totals at a glance: filed, closed, money realised, voluntary performance. */
export function StatisticsSummary({ s }: { s: OpenStatistics }) {
  const { t } = usePortalI18n();
  const figures = [
    { key: 'filed', title: t('statsFiled'), value: t('statsCases', { n: s.totals.filed }) },
    { key: 'closed', title: t('statsClosed'), value: t('statsCases', { n: s.totals.closed }) },
    { key: 'realised', title: t('statsRealised'), value: formatYuan(s.totals.realised) },
    { key: 'voluntary', title: t('statsVoluntary'), value: t('statsPayments', { n: s.totals.voluntaryPayments, amount: formatYuan(s.totals.voluntaryAmount) }) },
  ];
  return (
    <Row gutter={[12, 12]}>
      {figures.map((f) => (
        <Col key={f.key} xs={12} md={6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={f.title} value={f.value} className="zx-portal-amount" data-testid={`total-${f.key}`} styles={{ content: { fontSize: 20 } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
