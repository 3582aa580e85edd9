import { useEffect, type ReactNode } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { api, type CaseDetailReply, type CaseNotificationsReply } from '../../api/endpoints.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PARTY_ROLE_LABELS } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';

type Subscription = CaseNotificationsReply['subscriptions'][number];
type Notification = CaseNotificationsReply['notifications'][number];

/** While a notification waits to be sent, the card asks again this often (the server's job loop sends every few seconds). */
const POLL_MS = 5000;
/** The demo transport (apps/server: e-mail and SMS until a gateway is connected) only writes a log line. */
const DEMO_TRANSPORT = 'log';
const STATE_COLOR: Readonly<Record<Notification['state'], string>> = { pending: 'processing', sent: 'green', failed: 'red' };

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

/** How a notification left: the demo log is named as such, so nobody takes it for a delivery. */
function Transport({ transport }: { transport: string | null }) {
  const { t } = useI18n();
  if (transport === null) return <span>—</span>;
  if (transport === DEMO_TRANSPORT) {
    return (
      <Tooltip title={t('notifications.transport.logHint')}>
        <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="notification-transport">
          {t('notifications.transport.log')}
        </Tag>
      </Tooltip>
    );
  }
  return (
    <Tag style={{ marginInlineEnd: 0 }} data-testid="notification-transport">
      {transport === 'webhook' ? t('notifications.transport.webhook') : transport}
    </Tag>
  );
}

/**
 * 当事人订阅与通知 on the case page: who follows the case on the portal (masked addresses), and the
 * latest notifications with their delivery — waiting, sent (by which transport) or failed after
 * its retries, with the last error.
 */
export function NotificationsCard({ detail }: { detail: CaseDetailReply }) {
  const { t, lang, pick } = useI18n();
  const loaded = useLoad(() => api.getCaseNotifications(detail.id), [detail.id, detail.version]);
  const data = loaded.data;
  const waiting = data?.notifications.some((n) => n.state === 'pending') ?? false;
  const { reload } = loaded;
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setTimeout(reload, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, data, reload]);

  const subscriptionsById = new Map((data?.subscriptions ?? []).map((s) => [s.id, s]));
  const channel = (c: Subscription['channel']) => t(`notifications.channel.${c}`);
  const demo = (data?.notifications ?? []).some((n) => n.transport === DEMO_TRANSPORT);

  const subscriptionColumns: TableColumnsType<Subscription> = [
    { key: 'party', title: t('notifications.col.party'), render: (_: unknown, s) => t('common.nameWithRole', { name: s.party, role: PARTY_ROLE_LABELS[s.partyRole][lang] }) },
    { key: 'channel', title: t('notifications.col.channel'), width: 120, render: (_: unknown, s) => channel(s.channel) },
    { key: 'address', title: t('notifications.col.address'), render: (_: unknown, s) => <span className="zx-mono">{s.address}</span> },
    { key: 'since', title: t('notifications.col.since'), width: 160, render: (_: unknown, s) => formatInstant(s.createdAt) },
    {
      key: 'state',
      title: t('notifications.col.subscriptionState'),
      width: 200,
      render: (_: unknown, s) => (s.endedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('notifications.ended', { time: formatInstant(s.endedAt) })}</Tag> : <Tag color="green" style={{ marginInlineEnd: 0 }}>{t('notifications.active')}</Tag>),
    },
  ];

  const notificationColumns: TableColumnsType<Notification> = [
    { key: 'time', title: t('notifications.col.time'), width: 150, render: (_: unknown, n) => formatInstant(n.createdAt) },
    {
      key: 'recipient',
      title: t('notifications.col.recipient'),
      width: 230,
      render: (_: unknown, n) => {
        const s = subscriptionsById.get(n.subscriptionId);
        if (!s) return '—';
        return (
          <Space orientation="vertical" size={0}>
            <span>{s.party}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {channel(s.channel)} · <span className="zx-mono">{s.address}</span>
            </Typography.Text>
          </Space>
        );
      },
    },
    { key: 'text', title: t('notifications.col.text'), render: (_: unknown, n) => pick(n.zh, n.en) },
    {
      key: 'state',
      title: t('notifications.col.state'),
      width: 240,
      render: (_: unknown, n) => (
        <div data-testid="notification-state" data-state={n.state}>
          <Tag color={STATE_COLOR[n.state]} style={{ marginInlineEnd: 0 }}>
            {t(`notifications.state.${n.state}`)}
          </Tag>
          {n.attempts > 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {t('notifications.attempts', { n: n.attempts })}
            </Typography.Text>
          ) : null}
          {n.sentAt ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('notifications.sentAt', { time: formatInstant(n.sentAt) })}
              </Typography.Text>
            </div>
          ) : null}
          {n.lastError ? (
            <div>
              <Typography.Text type="danger" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                {t('notifications.lastError', { error: n.lastError })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    { key: 'transport', title: t('notifications.col.transport'), width: 130, render: (_: unknown, n) => <Transport transport={n.transport} /> },
  ];

  return (
    <Card
      title={t('notifications.title')}
      style={{ marginBottom: 16 }}
      data-testid="notifications-card"
      extra={
        <Tooltip title={t('common.refresh')}>
          <Button icon={<ReloadOutlined />} onClick={reload} loading={loaded.loading && data !== null} aria-label={t('common.refresh')} />
        </Tooltip>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('notifications.intro')}
      </Typography.Paragraph>
      {loaded.error ? (
        <ErrorAlert
          error={loaded.error}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {demo ? <Alert type="warning" showIcon title={t('notifications.demoWarning')} style={{ marginBottom: 16 }} /> : null}
      <Section title={t('notifications.subscriptions', { total: data?.subscriptions.length ?? 0 })}>
        <Table<Subscription>
          data-testid="subscriptions-table"
          size="small"
          rowKey="id"
          columns={subscriptionColumns}
          dataSource={data?.subscriptions ?? []}
          loading={loaded.loading && !data}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('notifications.subscriptions.empty') }}
        />
      </Section>
      <Section title={t('notifications.latest', { total: data?.notifications.length ?? 0 })}>
        <Table<Notification>
          data-testid="notifications-table"
          size="small"
          rowKey="id"
          columns={notificationColumns}
          dataSource={data?.notifications ?? []}
          loading={loaded.loading && !data}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          scroll={{ x: 960 }}
          locale={{ emptyText: t('notifications.latest.empty') }}
        />
      </Section>
    </Card>
  );
}
