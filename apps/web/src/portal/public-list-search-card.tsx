import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Radio, Space, Typography } from 'antd';
import { LISTING_GROUND_LABELS, SUBJECT_ROLE_LABELS } from '@zhixing/contracts/labels';
import { usePortalI18n } from './portal-i18n.js';
import { PortalError, portalApi, type DishonestHit, type RestrictedHit } from './portal-api.js';

interface Values {
  name?: string;
  idFragment?: string;
  creditCode?: string;
}

type Which = 'dishonest' | 'restricted';
type Hits = { which: 'dishonest'; items: DishonestHit[] } | { which: 'restricted'; items: RestrictedHit[] };

/**
 * The public lists: dishonest debtors and consumption-restricted persons. A person by name + part of
 * the ID number, an organisation by credit code; masked, 20 at most.
 */
export function PublicListSearchCard() {
  const { t, lang, pick, punct } = usePortalI18n();
  const [which, setWhich] = useState<Which>('dishonest');
  const [hits, setHits] = useState<Hits | null>(null);
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
      const q = creditCode ? { creditCode } : { name, idFragment };
      setHits(which === 'dishonest' ? { which, items: (await portalApi.searchDishonestList(q, lang)).items } : { which, items: (await portalApi.searchConsumptionRestrictions(q, lang)).items });
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
      <Radio.Group
        aria-label={t('whichList')}
        value={which}
        onChange={(e) => {
          setWhich(e.target.value as Which);
          setHits(null);
        }}
        optionType="button"
        style={{ marginBottom: 16 }}
        options={[
          { value: 'dishonest', label: t('listDishonest') },
          { value: 'restricted', label: t('listRestricted') },
        ]}
      />
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
        {hits && hits.items.length === 0 && <Alert type="info" showIcon title={hits.which === 'dishonest' ? t('noResults') : t('noRestricted')} />}
        {hits && hits.items.length > 0 && (
          <List
            header={<Typography.Text strong>{t('resultsCount', { n: hits.items.length })}</Typography.Text>}
            dataSource={hits.items.map((h, i) => ({ h, key: `${h.caseNumber}-${i}` }))}
            renderItem={({ h }) => (
              <List.Item>
                <Space orientation="vertical" size={2}>
                  <Typography.Text strong>
                    {h.name} <span className="zx-portal-amount">{h.idMasked}</span>
                  </Typography.Text>
                  {'ground' in h ? (
                    h.legalRepresentative && (
                      <Typography.Text type="secondary">
                        {t('legalRepresentative')}
                        {punct.colon}
                        {h.legalRepresentative}
                      </Typography.Text>
                    )
                  ) : h.role !== 'debtor' ? (
                    <Typography.Text type="secondary">{t('boundAs', { role: pick(SUBJECT_ROLE_LABELS[h.role].zh, SUBJECT_ROLE_LABELS[h.role].en), debtor: h.debtorName })}</Typography.Text>
                  ) : null}
                  <Typography.Text>
                    {t('court')}
                    {punct.colon}
                    {h.courtName} · {h.caseNumber}
                  </Typography.Text>
                  {'ground' in h && (
                    <Typography.Text>
                      {t('ground')}
                      {punct.colon}
                      {pick(LISTING_GROUND_LABELS[h.ground].zh, LISTING_GROUND_LABELS[h.ground].en)}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary">
                    {t('publishedOn')}
                    {punct.colon}
                    {h.publishedOn}
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
