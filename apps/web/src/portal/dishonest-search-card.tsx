import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Space, Typography } from 'antd';
import { LISTING_GROUND_LABELS } from '@zhixing/contracts/labels';
import { usePortalI18n } from './portal-i18n.js';
import { PortalError, portalApi, type DishonestHit } from './portal-api.js';

interface Values {
  name?: string;
  idFragment?: string;
  creditCode?: string;
}

/** The public list search: a person by name + part of the ID number, an organisation by credit code; masked, 20 at most. */
export function DishonestSearchCard() {
  const { t, lang, pick, punct } = usePortalI18n();
  const [hits, setHits] = useState<DishonestHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    const creditCode = v.creditCode?.trim() ?? '';
    const name = v.name?.trim() ?? '';
    const idFragment = v.idFragment?.trim() ?? '';
    if (!creditCode && (!name || !idFragment)) {
      setError(t('searchNeedsInput'));
      setHits(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await portalApi.searchDishonestList(creditCode ? { creditCode } : { name, idFragment }, lang);
      setHits(r.items);
    } catch (e) {
      setHits(null);
      setError(e instanceof PortalError && e.body ? pick(e.body.messageZh, e.body.messageEn) : t('errorGeneric'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }} id="search-title">
        {t('searchTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('searchIntro')}</Typography.Paragraph>
      <Form<Values> layout="vertical" onFinish={(v) => void submit(v)} aria-labelledby="search-title" role="search">
        <Form.Item name="name" label={t('personName')}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="idFragment" label={t('idFragment')}>
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Form.Item name="creditCode" label={t('creditCode')}>
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('search')}
        </Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {error && <Alert type="warning" showIcon title={error} />}
        {hits && hits.length === 0 && <Alert type="info" showIcon title={t('noResults')} />}
        {hits && hits.length > 0 && (
          <List
            header={<Typography.Text strong>{t('resultsCount', { n: hits.length })}</Typography.Text>}
            dataSource={hits}
            renderItem={(h) => (
              <List.Item>
                <Space orientation="vertical" size={2}>
                  <Typography.Text strong>
                    {h.name} <span className="zx-portal-amount">{h.idMasked}</span>
                  </Typography.Text>
                  {h.legalRepresentative && (
                    <Typography.Text type="secondary">
                      {t('legalRepresentative')}{punct.colon}{h.legalRepresentative}
                    </Typography.Text>
                  )}
                  <Typography.Text>
                    {t('court')}{punct.colon}{h.courtName} · {h.caseNumber}
                  </Typography.Text>
                  <Typography.Text>
                    {t('ground')}{punct.colon}{pick(LISTING_GROUND_LABELS[h.ground].zh, LISTING_GROUND_LABELS[h.ground].en)}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('publishedOn')}{punct.colon}{h.publishedOn}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </div>
    </Card>
  );
}
