import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Radio, Typography } from 'antd';
import { usePortalI18n } from './portal-i18n.js';
import { PortalError, portalApi } from './portal-api.js';
import { PublicListHits, type Hits, type Which } from './public-list-hits.js';

interface Values {
  name?: string;
  idFragment?: string;
  creditCode?: string;
}

/**
 * The public lists: dishonest debtors, consumption-restricted persons and 终本 cases. A person by
 * name + part of the ID number, an organisation by credit code; masked, 20 at most.
 */
export function PublicListSearchCard() {
  const { t, lang, pick } = usePortalI18n();
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
      switch (which) {
        case 'dishonest':
          setHits({ which, items: (await portalApi.searchDishonestList(q, lang)).items });
          break;
        case 'restricted':
          setHits({ which, items: (await portalApi.searchConsumptionRestrictions(q, lang)).items });
          break;
        case 'terminated':
          setHits({ which, items: (await portalApi.searchTerminatedCases(q, lang)).items });
          break;
      }
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
        className="zx-portal-choice"
        style={{ marginBottom: 16 }}
        options={[
          { value: 'dishonest', label: t('listDishonest') },
          { value: 'restricted', label: t('listRestricted') },
          { value: 'terminated', label: t('listTerminated') },
        ]}
      />
      {which === 'terminated' && <Typography.Paragraph type="secondary">{t('terminatedIntro')}</Typography.Paragraph>}
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
        {hits && <PublicListHits hits={hits} />}
      </div>
    </Card>
  );
}
