import { useEffect, useRef, useState } from 'react';
import { App, Button, Empty, Flex, Segmented, Space, Spin, Tag, Typography } from 'antd';
import { LogoutOutlined, ReloadOutlined } from '@ant-design/icons';
import { useI18n, translate, type Lang } from '../../i18n/i18n-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { deskApi, deskKeyStore, isKeyRefused, type DeskAnswerReply, type DeskReply, type DeskRequest } from './desk-api.js';
import { categoryLabel, oldestFirst } from './desk-values.js';
import { DeskKeyForm } from './desk-key-form.js';
import { DeskRequestCard } from './desk-request-card.js';
import { DeskAnswerModal } from './desk-answer-modal.js';
import { actLabel } from './desk-labels.js';

/**
 * 协助执行工作台 (/assist-desk): where an institution that is not networked (传统查控) sees the courts'
 * requests addressed to it and answers them by form. Outside the staff login and the console: the
 * institution's desk key, kept in this tab's sessionStorage only, is its whole identity.
 */
export function AssistDeskPage() {
  const { t, lang, setLang } = useI18n();
  const { message } = App.useApp();
  const [key, setKey] = useState<string | null>(() => deskKeyStore.read());
  const [desk, setDesk] = useState<DeskReply | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [keyError, setKeyError] = useState<unknown>(null);
  const [keyGone, setKeyGone] = useState(false);
  const [answering, setAnswering] = useState<DeskRequest | null>(null);
  const [answerOpen, setAnswerOpen] = useState(false);
  /** Set when the dialog closes on an answer: its card and the button that opened it are gone. */
  const justAnswered = useRef(false);

  // The console's title names the staff platform; this tab is the desk (after the provider's own effect).
  useEffect(() => {
    const timer = window.setTimeout(() => {
      document.title = translate(lang, 'desk.documentTitle');
    }, 0);
    return () => window.clearTimeout(timer);
  }, [lang]);

  const forget = () => {
    deskKeyStore.forget();
    setKey(null);
    setDesk(null);
    setAnswering(null);
    setAnswerOpen(false);
    setLoadError(null);
  };

  /** Open the desk with a key: typed in the form (`entered`), or the one this tab holds. */
  const load = async (withKey: string, entered: boolean) => {
    setLoading(true);
    setLoadError(null);
    try {
      const reply = await deskApi.load(withKey, lang);
      if (entered) {
        deskKeyStore.write(withKey);
        setKey(withKey);
      }
      setDesk(reply);
      setKeyError(null);
      setKeyGone(false);
    } catch (caught) {
      if (entered) setKeyError(caught);
      else if (isKeyRefused(caught)) {
        // Replaced by a new key while this tab held the old one: back to the key form, saying why.
        forget();
        setKeyGone(true);
      } else setLoadError(caught);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (key) void load(key, false);
    // Only on opening the page: later loads are the person's (enter, refresh, after an answer).
  }, []);

  const answered = (request: DeskRequest, reply: DeskAnswerReply) => {
    justAnswered.current = true;
    setAnswerOpen(false);
    setDesk((current) => (current ? { ...current, requests: current.requests.filter((r) => r.id !== request.id) } : current));
    const vars = { caseNumber: request.caseNumber, act: actLabel(request.act, t) };
    void message.success(reply.outcome === 'duplicate' ? t('desk.answeredDuplicate', vars) : t('desk.answered', vars));
  };

  const requests = desk ? oldestFirst(desk.requests) : [];
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <a className="zx-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12, padding: '10px 24px', background: '#0f2a5c', color: '#fff' }}>
        <div>
          <div style={{ fontSize: 18, fontWeight: 600, letterSpacing: lang === 'zh' ? 1 : 0 }}>{t('desk.brand')}</div>
          <div style={{ fontSize: 12, color: 'rgba(255,255,255,0.78)' }}>{t('desk.brandSub')}</div>
        </div>
        <Space size="middle" wrap>
          <Segmented<Lang>
            aria-label={t('header.language')}
            value={lang}
            onChange={setLang}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
          {key ? (
            <Button icon={<LogoutOutlined />} onClick={forget} title={t('desk.logout.hint')}>
              {t('desk.logout')}
            </Button>
          ) : null}
        </Space>
      </header>
      <main id="main" tabIndex={-1} style={{ flex: 1, padding: 24, outline: 'none', width: '100%', maxWidth: 1120, margin: '0 auto', boxSizing: 'border-box' }}>
        {!key ? (
          <DeskKeyForm submitting={loading} error={keyError} keyGone={keyGone} onSubmit={(typed) => void load(typed, true)} />
        ) : !desk && !loadError ? (
          <Flex justify="center" style={{ padding: 64 }}>
            <Spin size="large" description={t('common.loading')}>
              <div style={{ width: 120, height: 80 }} />
            </Spin>
          </Flex>
        ) : (
          <>
            <PageHeader
              title={desk?.institution.name ?? t('desk.brand')}
              description={desk ? t('desk.institution.code', { category: categoryLabel(desk.institution.category, lang), code: desk.institution.code }) : undefined}
              extra={
                <Button icon={<ReloadOutlined />} loading={loading} onClick={() => void load(key, false)}>
                  {t('common.refresh')}
                </Button>
              }
            />
            {loadError ? <ErrorAlert error={loadError} /> : null}
            {desk ? (
              <section aria-labelledby="desk-pending">
                <Typography.Title level={2} id="desk-pending" tabIndex={-1} style={{ fontSize: 18, marginTop: 0, outline: 'none' }}>
                  {t('desk.pending', { n: requests.length })} {loading ? <Tag style={{ marginInlineStart: 8 }}>{t('common.loading')}</Tag> : null}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{t('desk.pending.hint')}</Typography.Paragraph>
                {requests.length === 0 ? (
                  <Empty description={<Typography.Text>{t('desk.empty')}</Typography.Text>} style={{ margin: 0, padding: 32, background: '#fff', borderRadius: 8 }}>
                    <Typography.Text type="secondary">{t('desk.empty.hint')}</Typography.Text>
                  </Empty>
                ) : (
                  <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 16 }}>
                    {requests.map((r) => (
                      <li key={r.id}>
                        <DeskRequestCard
                          deskKey={key}
                          request={r}
                          onAnswer={() => {
                            setAnswering(r);
                            setAnswerOpen(true);
                          }}
                        />
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            ) : null}
          </>
        )}
      </main>
      {answering && key && desk ? (
        <DeskAnswerModal
          open={answerOpen}
          afterClose={() => {
            setAnswering(null);
            // The answered card and the button that opened the dialog are gone: keyboard focus goes to the list.
            if (justAnswered.current) document.getElementById('desk-pending')?.focus();
            justAnswered.current = false;
          }}
          deskKey={key}
          category={desk.institution.category}
          request={answering}
          onClose={() => setAnswerOpen(false)}
          onAnswered={(reply) => answered(answering, reply)}
          onKeyRefused={() => {
            forget();
            setKeyGone(true);
          }}
          onReload={() => {
            setAnswerOpen(false);
            void load(key, false);
          }}
        />
      ) : null}
    </div>
  );
}
