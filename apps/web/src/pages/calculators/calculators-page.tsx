import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.js';
import { PageHeader } from '../../components/page-header.js';
import { FeeCalculator } from './fee-calculator.js';
import { InterestCalculator } from './interest-calculator.js';
import { DeadlineCalculator } from './deadline-calculator.js';

const TABS = ['fee', 'interest', 'deadline'] as const;
type Tab = (typeof TABS)[number];

export function CalculatorsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('tab');
  const active: Tab = TABS.find((k) => k === raw) ?? 'fee';

  return (
    <>
      <PageHeader title={t('calc.title')} description={t('calc.description')} />
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'fee', label: t('calc.fee.title'), children: <FeeCalculator /> },
            { key: 'interest', label: t('calc.interest.title'), children: <InterestCalculator /> },
            { key: 'deadline', label: t('calc.deadline.title'), children: <DeadlineCalculator /> },
          ]}
        />
      </Card>
    </>
  );
}
