import { useState } from 'react';
import { Alert, Button, Card, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import type { listCaseNoticesRoute, publishNoticeRoute, withdrawNoticeRoute } from '@zhixing/contracts';
import { api, type CaseDetailReply, type CaseNotice } from '../../api/endpoints.js';
import { useUser, type SessionUser } from '../../auth/session-context.js';
import { formatDate, formatInstant, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Money } from '../../components/money.js';
import { PublishNoticeModal, type NoticeKind } from './publish-notice-modal.js';
import { WithdrawNoticeModal } from './withdraw-notice-modal.js';

type Role = SessionUser['role'];
/** Publishing is the handler's act. */
const PUBLISH_ROLES = ['judge', 'officer'] as const;
/** Withdrawing: the handler, or the bureau head or president over them. */
const WITHDRAW_ROLES = ['judge', 'officer', 'bureau_chief', 'president'] as const;
const has = (list: readonly Role[], user: SessionUser): boolean => list.includes(user.role);
export const canPublishNotices = (user: SessionUser): boolean => has(PUBLISH_ROLES, user);
export const canWithdrawNotices = (user: SessionUser): boolean => has(WITHDRAW_ROLES, user);

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails the type check when a contract's role list changes. */
export type NoticeRolesMatchContracts = [
  Assert<Same<(typeof PUBLISH_ROLES)[number], RolesOf<typeof publishNoticeRoute>>>,
  Assert<Same<(typeof WITHDRAW_ROLES)[number], RolesOf<typeof withdrawNoticeRoute>>>,
  Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof listCaseNoticesRoute>>>,
];

export type NoticeStatus = 'live' | 'withdrawn' | 'ended';

/**
 * Where a notice stands, as the public list decides it: withdrawn; ended once its last day has
 * passed or the case is closed (a 终本 case excepted); on the portal otherwise.
 */
export function noticeStatus(n: CaseNotice, c: Pick<CaseDetailReply, 'closingMethod'>, today: string): NoticeStatus {
  if (n.withdrawnAt) return 'withdrawn';
  if ((n.endsOn !== null && n.endsOn < today) || (c.closingMethod !== null && c.closingMethod !== 'terminationForNow')) return 'ended';
  return 'live';
}

const STATUS_COLOR: Readonly<Record<NoticeStatus, string>> = { live: 'green', withdrawn: 'default', ended: 'default' };

/** The notice's terms in a few lines: the reward and its conditions, or the auction's prices and bidding period. */
function NoticeContent({ n }: { n: CaseNotice }) {
  const { t } = useI18n();
  const lines = [];
  if (n.reward) {
    lines.push(
      n.reward.terms.kind === 'fixed' ? (
        <span key="terms">
          {t('notices.form.terms')} <Money value={n.reward.terms.amount} />
        </span>
      ) : (
        <span key="terms">{t('notices.reward.percent', { percent: n.reward.terms.percent })}</span>
      ),
      <Typography.Text key="conditions" type="secondary" ellipsis={{ tooltip: n.reward.conditions }} style={{ maxWidth: 520 }}>
        {n.reward.conditions}
      </Typography.Text>,
    );
  }
  if (n.auction) {
    const a = n.auction;
    lines.push(
      <span key="prices">
        {t('notices.form.valuation')} <Money value={a.valuation} /> · {t('notices.form.startingPrice')} <Money value={a.startingPrice} /> · {t('notices.form.deposit')} <Money value={a.deposit} />
      </span>,
      <Typography.Text key="bidding" type="secondary">
        {t(`notices.property.${a.propertyKind}`)} · {t('notices.auction.bidding', { from: formatInstant(a.startsAt), to: formatInstant(a.endsAt), platform: a.platform })}
      </Typography.Text>,
    );
  }
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text strong>{n.title}</Typography.Text>
      {lines}
    </Space>
  );
}

type Dialog = { type: 'publish'; kind: NoticeKind } | { type: 'withdraw'; notice: CaseNotice };

/**
 * 公告 on the case page: the case's reward notices (悬赏公告) and online auction notices (拍卖公告)
 * with where each stands on the public portal; the handler publishes them, the handler or the
 * leadership withdraws one with a reason. The portal's notices page is linked.
 */
export function NoticesCard({ detail, onChanged }: { detail: CaseDetailReply; onChanged: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const notices = useLoad(() => api.listCaseNotices(detail.id), [detail.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const today = todayCst();
  const debtors = detail.parties.filter((p) => p.partyRole === 'debtor');
  const closed = detail.closingMethod !== null && detail.closingMethod !== 'terminationForNow';
  const mayPublish = canPublishNotices(user);
  const changed = () => {
    setDialog(null);
    notices.reload();
    onChanged();
  };

  const columns: TableColumnsType<CaseNotice> = [
    {
      key: 'kind',
      title: t('notices.col.kind'),
      width: 120,
      render: (_: unknown, n) => (
        <Space orientation="vertical" size={4}>
          <Tag color={n.kind === 'reward' ? 'gold' : 'blue'} style={{ marginInlineEnd: 0 }}>
            {t(n.kind === 'reward' ? 'notices.kind.reward' : 'notices.kind.auction')}
          </Tag>
          {n.auction?.round === 2 ? <Tag style={{ marginInlineEnd: 0 }}>{t('notices.round2')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'content', title: t('notices.col.content'), render: (_: unknown, n) => <NoticeContent n={n} /> },
    {
      key: 'debtor',
      title: t('notices.col.debtor'),
      width: 210,
      render: (_: unknown, n) => (
        <Space orientation="vertical" size={0}>
          <span>{n.debtor.name}</span>
          <Typography.Text type="secondary" className="zx-mono" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
            {n.debtor.idMasked}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'period',
      title: t('notices.col.period'),
      width: 170,
      render: (_: unknown, n) => (
        <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
          <span>{t('notices.period.from', { date: formatDate(n.publishOn) })}</span>
          <Typography.Text type="secondary">{n.endsOn ? t('notices.period.to', { date: formatDate(n.endsOn) }) : t('notices.period.open')}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('notices.col.status'),
      width: 220,
      render: (_: unknown, n) => {
        const status = noticeStatus(n, detail, today);
        return (
          <div data-testid="notice-status" data-status={status}>
            <Tag color={STATUS_COLOR[status]} style={{ marginInlineEnd: 0 }}>
              {t(`notices.status.${status}`)}
            </Tag>
            {n.withdrawnAt ? (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
                {t('notices.withdrawnOn', { time: formatInstant(n.withdrawnAt), reason: n.withdrawnReason ?? '—' })}
              </Typography.Paragraph>
            ) : null}
          </div>
        );
      },
    },
    ...(canWithdrawNotices(user)
      ? [
          {
            key: 'actions',
            title: t('notices.col.actions'),
            width: 90,
            render: (_: unknown, n: CaseNotice) =>
              noticeStatus(n, detail, today) === 'live' ? (
                <Button size="small" danger aria-label={t('notices.withdraw.aria', { title: n.title })} onClick={() => setDialog({ type: 'withdraw', notice: n })}>
                  {t('notices.withdraw')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t('notices.title')}
      style={{ marginBottom: 16 }}
      data-testid="notices-card"
      extra={
        <Space size={8}>
          <Typography.Link href="/portal/notices" target="_blank" rel="noopener noreferrer">
            {t('notices.portalLink')} <ExportOutlined />
          </Typography.Link>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={notices.reload} loading={notices.loading && notices.data !== null} aria-label={t('common.refresh')} />
          </Tooltip>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('notices.intro')}
      </Typography.Paragraph>
      {notices.error ? (
        <ErrorAlert
          error={notices.error}
          action={
            <Button size="small" onClick={notices.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {mayPublish && closed ? <Alert type="info" showIcon title={t('notices.closedCase')} style={{ marginBottom: 16 }} /> : null}
      {mayPublish && !closed && debtors.length === 0 ? <Alert type="info" showIcon title={t('notices.noDebtor')} style={{ marginBottom: 16 }} /> : null}
      {mayPublish && !closed && debtors.length > 0 ? (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => setDialog({ type: 'publish', kind: 'reward' })}>
            {t('notices.publishReward')}
          </Button>
          <Button onClick={() => setDialog({ type: 'publish', kind: 'auction' })}>{t('notices.publishAuction')}</Button>
        </Space>
      ) : null}
      <Table<CaseNotice>
        data-testid="notices-table"
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={notices.data?.items ?? []}
        loading={notices.loading && !notices.data}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: t('notices.empty') }}
      />
      {dialog?.type === 'publish' ? <PublishNoticeModal caseId={detail.id} kind={dialog.kind} debtors={debtors} onClose={() => setDialog(null)} onPublished={changed} /> : null}
      {dialog?.type === 'withdraw' ? <WithdrawNoticeModal caseId={detail.id} notice={dialog.notice} onClose={() => setDialog(null)} onWithdrawn={changed} onReload={notices.reload} /> : null}
    </Card>
  );
}
