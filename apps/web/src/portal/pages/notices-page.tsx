import { useEffect, useState } from 'react';
import { Alert, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { usePortalI18n } from '../portal-i18n.js';
import { portalApi, type PublicNotice } from '../portal-api.js';
import { CourtFilter } from '../publication/court-filter.js';
import { NoticeCard } from '../publication/notice-card.js';

type Kind = PublicNotice['kind'];
const KINDS: readonly Kind[] = ['reward', 'auction'];

interface Loaded {
  /** What was asked: a newer question makes an older answer stale. */
  readonly key: string;
  readonly items: PublicNotice[];
  readonly page: number;
  readonly hasMore: boolean;
}

/** The notices of one kind and court, 20 at a time ("more" asks for the next page). */
function NoticeList({ kind, courtId }: { kind: Kind; courtId: string }) {
  const { t, lang } = usePortalI18n();
  const key = `${kind}|${courtId}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const load = async (page: number, before: PublicNotice[]) => {
    setBusy(true);
    setFailed(false);
    try {
      const r = await portalApi.notices({ kind, courtId: courtId || undefined, page }, lang);
      setLoaded((now) => (page > 1 && now?.key !== key ? now : { key, items: [...before, ...r.items], page: r.page, hasMore: r.hasMore }));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setLoaded(null);
    void load(1, []);
    // The list starts again only when the kind or the court changes (`load` is this render's).
  }, [key]);
  const current = loaded?.key === key ? loaded : null;
  if (!current) return failed ? <Alert type="warning" showIcon title={t('errorGeneric')} /> : <Spin description={t('loading')} />;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div aria-live="polite">
        {current.items.length === 0 ? (
          <Alert type="info" showIcon title={t(kind === 'reward' ? 'noRewards' : 'noAuctions')} />
        ) : (
          <Typography.Text type="secondary">{t('noticesShown', { n: current.items.length })}</Typography.Text>
        )}
      </div>
      {current.items.map((n) => (
        <NoticeCard key={n.id} notice={n} />
      ))}
      {failed && <Alert type="warning" showIcon title={t('errorGeneric')} />}
      {current.hasMore && (
        <Button block loading={busy} onClick={() => void load(current.page + 1, current.items)}>
          {t('more')}
        </Button>
      )}
    </Space>
  );
}

/** 悬赏公告 · 拍卖公告 (`/notices?kind=auction&court=210202`): the notices in force, by kind and court. */
export function NoticesPage() {
  const { t } = usePortalI18n();
  const [search, setSearch] = useSearchParams();
  const kind: Kind = search.get('kind') === 'auction' ? 'auction' : 'reward';
  const courtId = search.get('court') ?? '';
  const go = (next: { kind?: Kind; court?: string }) => {
    const k = next.kind ?? kind;
    const c = next.court ?? courtId;
    setSearch({ ...(k === 'reward' ? {} : { kind: k }), ...(c ? { court: c } : {}) }, { replace: true });
  };
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('noticesTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('noticesIntro')}</Typography.Paragraph>
      </div>
      <CourtFilter id="notice-court" label={t('noticesCourt')} allLabel={t('allCourts')} value={courtId} onChange={(court) => go({ court })} />
      <Tabs
        activeKey={kind}
        onChange={(k) => go({ kind: k === 'auction' ? 'auction' : 'reward' })}
        aria-label={t('noticesKinds')}
        items={KINDS.map((k) => ({ key: k, label: t(k === 'reward' ? 'tabReward' : 'tabAuction'), children: k === kind ? <NoticeList kind={k} courtId={courtId} /> : null }))}
      />
    </Space>
  );
}
