import { Badge, Button, Card, Select, Space, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { api } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CountTag, CreditRowsTable, type OverviewSection } from './credit-rows-table.js';
import { AgencyFeedbackTab } from './agency-feedback-tab.js';
import { CorrectionsTab } from './corrections-tab.js';
import { CheckLogTab } from './check-log-tab.js';
import { useUser, type SessionUser } from '../../auth/session-context.js';
import { canReadCheckLog, canSeeCorrections, canSeeCredit } from '../../auth/permissions.js';
import { hearsCorrection } from './hears-correction.js';

const SECTIONS = ['pendingApproval', 'inGrace', 'removalDue', 'published'] as const satisfies readonly OverviewSection[];
type Tab = OverviewSection | 'corrections' | 'feedback' | 'checkLog';

/** The tabs a role may use, in order: a clerk has the corrections queue only (what the server answers it). */
function tabsFor(user: SessionUser): Tab[] {
  const overview = canSeeCredit(user);
  return [
    ...(overview ? SECTIONS : []),
    ...(canSeeCorrections(user) ? (['corrections'] as const) : []),
    ...(overview ? (['feedback'] as const) : []),
    ...(canReadCheckLog(user) ? (['checkLog'] as const) : []),
  ];
}

/**
 * 信用惩戒 list management: what waits for the president's signature, what is in its grace period,
 * what must come off the list (overdue in red), what is published, the correction requests and
 * reconsiderations to decide, what the agencies report, and (for those who supervise) who checked whom.
 * Each role sees only the tabs it may use, and nothing is asked of the server that it would refuse.
 */
export function CreditPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const tabs = tabsFor(user);
  const firstTab = tabs[0] ?? 'corrections';
  const tabParam = params.get('tab');
  const tab: Tab = tabs.find((s) => s === tabParam) ?? firstTab;
  const courtId = params.get('courtId') ?? undefined;
  const seesOverview = canSeeCredit(user);
  const overview = useLoad(() => (seesOverview ? api.creditOverview(courtId ? { courtId } : {}) : Promise.resolve(null)), [courtId, seesOverview]);
  const courts = useLoad(() => api.listCourts(), []);
  const corrections = useLoad(() => (canSeeCorrections(user) ? api.listCorrections(courtId ? { courtId } : {}) : Promise.resolve({ items: [] })), [courtId, user.id]);
  // What waits for this court's decision; a reconsideration pending above is the higher court's count.
  const pendingCorrections = (corrections.data?.items ?? []).filter((c) => c.status === 'pending' && hearsCorrection(user, c));
  const overdueCorrections = pendingCorrections.filter((c) => c.daysLeft < 0).length;
  const manyCourts = (courts.data?.items.length ?? 0) > 1;
  const courtName = (id: string, fallback: string) => {
    const court = courts.data?.items.find((c) => c.id === id);
    return court ? (lang === 'zh' ? court.name : court.nameEn) : fallback;
  };
  const set = (key: 'tab' | 'courtId', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: key === 'tab' });
  };

  const counts = overview.data?.counts;
  const label = (section: OverviewSection) => {
    const n = counts?.[section] ?? 0;
    const text = t(`credit.section.${section}`);
    if (section === 'pendingApproval') {
      return (
        <Space size={6}>
          {text}
          <Badge count={n} showZero={false} />
        </Space>
      );
    }
    if (section === 'removalDue') {
      const overdue = counts?.removalOverdue ?? 0;
      return (
        <span>
          {text}
          <CountTag count={n} danger={overdue > 0} />
          {overdue > 0 ? <span className="zx-overdue" style={{ marginInlineStart: 6 }}>{t('credit.overdueCount', { n: overdue })}</span> : null}
        </span>
      );
    }
    return (
      <span>
        {text}
        <CountTag count={n} />
      </span>
    );
  };

  return (
    <>
      <PageHeader
        title={t('credit.page.title')}
        description={t('credit.page.description')}
        extra={
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              overview.reload();
              corrections.reload();
            }}
            loading={overview.loading || corrections.loading}
          >
            {t('common.refresh')}
          </Button>
        }
      />
      {overview.error ? <ErrorAlert error={overview.error} /> : null}
      <Card>
        {manyCourts ? (
          <Space wrap style={{ marginBottom: 8 }}>
            <Select
              aria-label={t('cases.filters.court')}
              allowClear
              placeholder={t('cases.filters.allCourts')}
              style={{ minWidth: 240 }}
              value={courtId}
              onChange={(v?: string) => set('courtId', v)}
              options={(courts.data?.items ?? []).map((c) => ({ value: c.id, label: lang === 'zh' ? c.name : c.nameEn }))}
            />
          </Space>
        ) : null}
        <Tabs
          activeKey={tab}
          onChange={(key) => set('tab', key === firstTab ? undefined : key)}
          items={[
            ...(seesOverview ? SECTIONS : []).map((section) => ({
              key: section,
              label: label(section),
              children: (
                <>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                    {t(`credit.sectionHint.${section}`)}
                  </Typography.Paragraph>
                  <CreditRowsTable rows={overview.data?.[section] ?? []} section={section} loading={overview.loading} showCourt={manyCourts} courtName={courtName} />
                </>
              ),
            })),
            ...(canSeeCorrections(user)
              ? [
                  {
                    key: 'corrections',
                    label: (
                      <span>
                        {t('correction.section')}
                        <CountTag count={pendingCorrections.length} danger={overdueCorrections > 0} />
                      </span>
                    ),
                    children: <CorrectionsTab corrections={corrections} showCourt={manyCourts} />,
                  },
                ]
              : []),
            ...(seesOverview ? [{ key: 'feedback', label: t('credit.section.feedback'), children: <AgencyFeedbackTab {...(courtId ? { courtId } : {})} /> }] : []),
            ...(canReadCheckLog(user) ? [{ key: 'checkLog', label: t('checkLog.section'), children: <CheckLogTab /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}
