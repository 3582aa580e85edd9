import { useEffect, useState } from 'react';
import { Alert, Card, Space, Spin } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { PartyCase, SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { PortalError, partyToken, portalApi } from '../portal-api.js';
import { CASE_AFFAIRS_KINDS } from '../affairs/affairs-kinds.js';
import { KindIntro } from '../affairs/kind-intro.js';
import { SubmissionForm } from '../affairs/submission-form.js';
import { ReceiptPanel } from '../affairs/receipt-panel.js';
import { useCourts } from '../affairs/use-courts.js';

const isCaseKind = (s: string | undefined): s is (typeof CASE_AFFAIRS_KINDS)[number] => (CASE_AFFAIRS_KINDS as readonly string[]).includes(s ?? '');

/**
 * A logged-in party hands something in on their own case (`/case/affairs/:kind`): named by the
 * session, no case number to type; the party's token goes with it.
 */
export function PartySubmissionPage() {
  const { t, lang } = usePortalI18n();
  const navigate = useNavigate();
  const { kind } = useParams();
  const { courts } = useCourts();
  const [data, setData] = useState<PartyCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<SubmissionReceipt | null>(null);
  useEffect(() => {
    if (!partyToken.get()) {
      void navigate('/', { replace: true });
      return;
    }
    portalApi.partyCase(lang).then(setData, (e: unknown) => {
      if (e instanceof PortalError && e.status === 401) partyToken.set(null);
      setError(e instanceof PortalError && e.status === 401 ? t('sessionEnded') : t('errorGeneric'));
    });
  }, [lang, navigate, t]);
  if (!isCaseKind(kind)) return <Navigate to="/case" replace />;
  const back = (
    <Link to="/case">
      <LeftOutlined aria-hidden /> {t('backToCase')}
    </Link>
  );
  if (error) return <Alert type="warning" showIcon title={error} role="alert" action={back} />;
  if (!data) return <Spin description={t('loading')} />;
  const courtId = courts?.find((c) => c.name === data.court.name)?.id ?? null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {back}
      <KindIntro kind={kind} caseNumber={data.caseNumber} />
      {receipt ? (
        <ReceiptPanel receipt={receipt} againTo="/case" />
      ) : (
        <Card>
          <SubmissionForm key={kind} kind={kind} party={{ name: data.you.name, role: data.you.role, courtId }} onReceipt={setReceipt} />
        </Card>
      )}
    </Space>
  );
}
