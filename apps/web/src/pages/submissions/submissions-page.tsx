import { Badge, Button, Card, Space, Switch, Tabs, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { api } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canDecideSubmissions } from '../../auth/permissions.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { submissionsApi, type QueueItem, type SubmissionKind } from './submissions-api.js';
import { SUBMISSION_KIND_ORDER, kindKey } from './submission-texts.js';
import { SubmissionsTable } from './submissions-table.js';
import { SubmissionDrawer } from './submission-drawer.js';

/** The queue shows this many; the server keeps the rest (a court's queue is rarely longer). */
const LIMIT = 200;
type TabKey = SubmissionKind | 'all';

/**
 * 事务大厅: what the public and the parties handed in on the portal (执行事务大厅), one tab per kind
 * with the open count, 已办结 for the closed ones, and a drawer to read one in full and act on it.
 * The URL holds the tab, the switch and the open submission, so a link or a reload keeps them.
 */
export function SubmissionsPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const kind = SUBMISSION_KIND_ORDER.find((k) => k === params.get('kind'));
  const closed = params.get('state') === 'closed';
  const openId = params.get('id');
  const queue = useLoad(() => submissionsApi.queue({ ...(kind ? { kind } : {}), state: closed ? 'closed' : 'open', limit: LIMIT }), [kind, closed]);
  const courts = useLoad(() => api.listCourts(), []);
  const counts = queue.data?.counts;
  const total = counts ? SUBMISSION_KIND_ORDER.reduce((sum, k) => sum + counts[k], 0) : 0;
  const rows = queue.data?.items ?? [];
  const manyCourts = (courts.data?.items.length ?? 0) > 1;
  const mayDecide = canDecideSubmissions(user);

  const courtName = (court: QueueItem['court']): string => {
    const known = courts.data?.items.find((c) => c.id === court.id);
    return known && lang === 'en' ? known.nameEn : court.name;
  };
  const withParam = (key: 'kind' | 'state' | 'id', value: string | undefined): URLSearchParams => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    return next;
  };
  const set = (key: 'kind' | 'state' | 'id', value: string | undefined) => setParams(withParam(key, value), { replace: key !== 'id' });

  const label = (key: TabKey) => (
    <Space size={6}>
      {key === 'all' ? t('submission.tab.all') : t(kindKey(key))}
      <Badge count={key === 'all' ? total : (counts?.[key] ?? 0)} showZero={false} color="#1d4ed8" overflowCount={999} title={t('submission.openCount', { n: key === 'all' ? total : (counts?.[key] ?? 0) })} />
    </Space>
  );
  const table = (
    <SubmissionsTable
      rows={rows}
      loading={queue.loading}
      closed={closed}
      showKind={!kind}
      showCourt={manyCourts}
      courtName={courtName}
      mayAct={(r) => mayDecide && !closed && r.court.id === user.court.id}
      linkTo={(r) => `?${withParam('id', r.id).toString()}`}
      onOpen={(r) => set('id', r.id)}
    />
  );
  const active: TabKey = kind ?? 'all';

  return (
    <>
      <PageHeader
        title={t('submission.page.title')}
        description={t('submission.page.description')}
        extra={
          <Space size={16} align="center" wrap>
            <Space size={8} align="center">
              <Switch id="submissions-closed" checked={closed} onChange={(on) => set('state', on ? 'closed' : undefined)} />
              <label htmlFor="submissions-closed" title={t('submission.closedHint')} style={{ cursor: 'pointer', whiteSpace: 'nowrap' }}>
                {t('submission.closedSwitch')}
              </label>
            </Space>
            <Button icon={<ReloadOutlined />} onClick={queue.reload} loading={queue.loading}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      {queue.error ? <ErrorAlert error={queue.error} /> : null}
      <Card>
        <Tabs
          activeKey={active}
          aria-label={t('submission.tabs')}
          onChange={(key) => set('kind', key === 'all' ? undefined : key)}
          items={(['all', ...SUBMISSION_KIND_ORDER] as const).map((key) => ({
            key,
            label: label(key),
            children:
              key === active ? (
                <>
                  <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                    {t(closed ? 'submission.closedNote' : 'submission.openHint')}
                    {rows.length >= LIMIT ? ` ${t('submission.limitNote', { n: LIMIT })}` : ''}
                  </Typography.Paragraph>
                  {table}
                </>
              ) : null,
          }))}
        />
      </Card>
      <SubmissionDrawer id={openId} onClose={() => set('id', undefined)} onChanged={queue.reload} />
    </>
  );
}
