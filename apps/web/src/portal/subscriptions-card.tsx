import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Radio, Typography } from 'antd';
import type { SubscribeRequest } from '@zhixing/contracts';
import { usePortalI18n } from './portal-i18n.js';
import type { PortalMessageKey } from './portal-messages.js';
import { PortalError, portalApi, type PartySubscription } from './portal-api.js';
import { formatInstant } from './affairs/format-time.js';
import { requiredMessage } from './affairs/field-rules.js';

type Channel = SubscribeRequest['channel'];
const CHANNELS: readonly Channel[] = ['email', 'sms', 'webhook'];

const WORDS: Readonly<Record<Channel, { name: PortalMessageKey; address: PortalMessageKey; hint: PortalMessageKey; input: 'email' | 'tel' | 'url' }>> = {
  email: { name: 'channelEmail', address: 'subsAddressEmail', hint: 'subsHintEmail', input: 'email' },
  sms: { name: 'channelSms', address: 'subsAddressSms', hint: 'subsHintSms', input: 'tel' },
  webhook: { name: 'channelWebhook', address: 'subsAddressWebhook', hint: 'subsHintWebhook', input: 'url' },
};

interface Values {
  channel: Channel;
  address?: string;
}

/** Why the server refused an address: the limit of five, or its words (both languages) about the address. */
type Refusal = { readonly limit: number } | { readonly zh: string; readonly en: string } | { readonly unknown: true };

function refusalOf(e: unknown): Refusal {
  if (!(e instanceof PortalError) || !e.body) return { unknown: true };
  if (e.code === 'SUBSCRIPTION_LIMIT') return { limit: typeof e.body.details?.['max'] === 'number' ? e.body.details['max'] : 5 };
  const issues = Array.isArray(e.body.details?.['issues']) ? (e.body.details['issues'] as Array<{ messageZh?: unknown; messageEn?: unknown }>) : [];
  const issue = issues.find((i) => typeof i.messageZh === 'string' && typeof i.messageEn === 'string');
  return issue ? { zh: String(issue.messageZh), en: String(issue.messageEn) } : { zh: e.body.messageZh, en: e.body.messageEn };
}

/**
 * 订阅案件进展 on the party's case: the case's public updates sent by e-mail, text message or
 * webhook (ADR 0013), at most five addresses; each listed with its own 取消订阅.
 */
export function SubscriptionsCard() {
  const { t, lang } = usePortalI18n();
  const [form] = Form.useForm<Values>();
  const channel = Form.useWatch('channel', form) ?? 'email';
  const [items, setItems] = useState<PartySubscription[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  /** What was just done, said in the page's language (also after a switch). */
  const [said, setSaid] = useState<{ key: 'subsAdded' | 'subsRemoved'; address: string } | null>(null);
  const load = useCallback(async () => {
    try {
      setItems((await portalApi.subscriptions(lang)).items);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [lang]);
  useEffect(() => {
    void load();
  }, [load]);
  // The refusal stays next to the address, in the page's language (also after a switch), until the address changes.
  useEffect(() => {
    if (!refused) return;
    const text = 'limit' in refused ? t('subsLimit', { max: refused.limit }) : 'zh' in refused ? (lang === 'zh' ? refused.zh : refused.en) : t('errorGeneric');
    form.setFields([{ name: 'address', errors: [text] }]);
  }, [refused, lang, t, form]);

  const add = async (v: Values) => {
    setBusy(true);
    setSaid(null);
    setRefused(null);
    try {
      const s = await portalApi.subscribe({ channel: v.channel, address: (v.address ?? '').trim() }, lang);
      form.setFieldValue('address', '');
      setSaid({ key: 'subsAdded', address: s.address });
      await load();
    } catch (e) {
      setRefused(refusalOf(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (s: PartySubscription) => {
    setRemoving(s.id);
    setSaid(null);
    try {
      await portalApi.unsubscribe(s.id, lang);
      setSaid({ key: 'subsRemoved', address: s.address });
      await load();
    } catch {
      setFailed(true);
    } finally {
      setRemoving(null);
    }
  };
  const words = WORDS[channel];
  return (
    <Card>
      <section aria-labelledby="subs-title">
        <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }} id="subs-title">
          {t('subsTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('subsIntro')}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" initialValues={{ channel: 'email' }} onFinish={(v) => void add(v)} onValuesChange={() => setRefused(null)} requiredMark={false} aria-labelledby="subs-title">
          <Form.Item name="channel" label={t('subsChannel')}>
            <Radio.Group
              optionType="button"
              options={CHANNELS.map((c) => ({ value: c, label: t(WORDS[c].name) }))}
              onChange={() => form.setFields([{ name: 'address', errors: [] }])}
            />
          </Form.Item>
          <Form.Item name="address" label={t(words.address)} extra={t(words.hint)} rules={[{ required: true, whitespace: true, message: requiredMessage(t, words.address) }]}>
            <Input inputMode={words.input} autoComplete={channel === 'email' ? 'email' : channel === 'sms' ? 'tel' : 'url'} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('subsAdd')}
          </Button>
        </Form>
        <div aria-live="polite" className="zx-portal-said">
          {said && <Typography.Text type="success">{t(said.key, { address: said.address })}</Typography.Text>}
        </div>
        {failed && <Alert type="warning" showIcon title={t('errorGeneric')} style={{ marginTop: 12 }} />}
        <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
          {t('subsListTitle')}
        </Typography.Title>
        <div data-testid="subscriptions">
        <List
          loading={items === null && !failed}
          locale={{ emptyText: t('subsNone') }}
          dataSource={items ?? []}
          rowKey="id"
          renderItem={(s) => (
            <List.Item
              actions={[
                <Button key="remove" danger loading={removing === s.id} onClick={() => void remove(s)} aria-label={t('subsRemoveLabel', { address: s.address })}>
                  {t('subsRemove')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<span className="zx-portal-break">{s.address}</span>}
                description={
                  <>
                    {t(WORDS[s.channel].name)} · {t('subsSince', { time: formatInstant(s.createdAt) })}
                  </>
                }
              />
            </List.Item>
          )}
        />
        </div>
      </section>
    </Card>
  );
}
