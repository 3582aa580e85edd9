import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { usePortalI18n } from './portal-i18n.js';
import { PortalError, partyToken, portalApi } from './portal-api.js';

interface Values {
  caseNumber: string;
  idNumber: string;
  queryCode: string;
}

/** Case number + own ID number + query code → the party's case (issue 5). */
export function PartyLoginCard() {
  const { t, lang, pick } = usePortalI18n();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const session = await portalApi.openPartySession({ caseNumber: v.caseNumber.trim(), idNumber: v.idNumber.trim(), queryCode: v.queryCode.trim() }, lang);
      partyToken.set(session.token);
      void navigate('/case');
    } catch (e) {
      if (e instanceof PortalError && e.code === 'PORTAL_ACCESS_LOCKED') {
        const raw = e.body?.details?.['lockedUntil'];
        const until = typeof raw === 'string' ? raw : '';
        setError(t('lockedUntil', { time: until ? new Date(until).toLocaleTimeString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour: '2-digit', minute: '2-digit' }) : '' }));
      } else if (e instanceof PortalError && e.body) {
        setError(pick(e.body.messageZh, e.body.messageEn));
      } else {
        setError(t('errorGeneric'));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }} id="party-title">
        {t('partyTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('partyIntro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />}
      <Form<Values> layout="vertical" onFinish={(v) => void submit(v)} aria-labelledby="party-title" requiredMark={false}>
        <Form.Item name="caseNumber" label={t('caseNumber')} extra={t('caseNumberHint')} rules={[{ required: true, whitespace: true, message: t('required', { field: t('caseNumber') }) }]}>
          <Input autoComplete="off" maxLength={60} />
        </Form.Item>
        <Form.Item name="idNumber" label={t('idNumber')} extra={t('idNumberHint')} rules={[{ required: true, whitespace: true, message: t('required', { field: t('idNumber') }) }]}>
          <Input autoComplete="off" maxLength={18} inputMode="text" />
        </Form.Item>
        <Form.Item name="queryCode" label={t('queryCode')} extra={t('queryCodeHint')} rules={[{ required: true, whitespace: true, message: t('required', { field: t('queryCode') }) }]}>
          <Input autoComplete="off" maxLength={20} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('openCase')}
        </Button>
      </Form>
    </Card>
  );
}
