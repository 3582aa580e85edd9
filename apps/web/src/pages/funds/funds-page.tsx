import { Badge, Button, Space, Tabs } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { fundsApi } from '../case-detail/funds-api.js';
import { canReconcile } from '../case-detail/funds-values.js';
import { FundsBoard } from './funds-board.js';
import { ReconciliationPanel } from './reconciliation-panel.js';

type Tab = 'board' | 'reconciliation';

/**
 * 执行款管理: the court's funds not yet paid out (overdue first, 法发〔2017〕6号: 30 days), the
 * payments waiting for approval or payment, and — for those who work the funds — the
 * reconciliation of the special account's bank statement with the ledger.
 */
export function FundsPage() {
  const { t } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const mayReconcile = canReconcile(user);
  const tab: Tab = mayReconcile && params.get('tab') === 'reconciliation' ? 'reconciliation' : 'board';
  const board = useLoad(() => fundsApi.board(), []);
  const overdue = board.data?.totals.overdue ?? 0;

  return (
    <>
      <PageHeader
        title={t('fundsPage.title')}
        description={t('fundsPage.description')}
        extra={
          tab === 'board' ? (
            <Button icon={<ReloadOutlined />} onClick={board.reload} loading={board.loading}>
              {t('common.refresh')}
            </Button>
          ) : null
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'board' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'board',
            label: (
              <Space size={6}>
                {t('fundsPage.tab.board')}
                <Badge count={overdue} showZero={false} />
              </Space>
            ),
            children: <FundsBoard board={board} />,
          },
          ...(mayReconcile ? [{ key: 'reconciliation', label: t('fundsPage.tab.reconciliation'), children: <ReconciliationPanel /> }] : []),
        ]}
      />
    </>
  );
}
