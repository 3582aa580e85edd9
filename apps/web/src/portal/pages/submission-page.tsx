import { useState } from 'react';
import { Alert, Card, Space } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { isSubmissionKind } from '../affairs/affairs-kinds.js';
import { KindIntro } from '../affairs/kind-intro.js';
import { SubmissionForm, type SubmissionPrefill } from '../affairs/submission-form.js';
import { ReceiptPanel } from '../affairs/receipt-panel.js';

/** A property clue opened from a reward notice (`?rewardNoticeId=…&caseNumber=…`): answered by a member of the public, on that case. */
function rewardPrefill(kind: string, search: URLSearchParams): SubmissionPrefill | undefined {
  const rewardNoticeId = search.get('rewardNoticeId')?.trim() ?? '';
  const caseNumber = search.get('caseNumber')?.trim() ?? '';
  if (kind !== 'propertyClue' || !rewardNoticeId || !caseNumber) return undefined;
  return { rewardNoticeId, caseNumber, role: 'public' };
}

/** One form of the affairs hall, for anyone (`/affairs/:kind`); the receipt once it is handed in. */
export function SubmissionPage() {
  const { t } = usePortalI18n();
  const { kind } = useParams();
  const [search] = useSearchParams();
  const [receipt, setReceipt] = useState<SubmissionReceipt | null>(null);
  if (!isSubmissionKind(kind)) return <Navigate to="/affairs" replace />;
  const prefill = rewardPrefill(kind, search);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Link to="/affairs">
        <LeftOutlined aria-hidden /> {t('backToHall')}
      </Link>
      <KindIntro kind={kind} />
      {receipt ? (
        <ReceiptPanel receipt={receipt} againTo="/affairs" />
      ) : (
        <Card>
          {prefill && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('rewardClueNote', { case: prefill.caseNumber ?? '' })} />}
          <SubmissionForm key={kind} kind={kind} party={null} {...(prefill ? { prefill } : {})} onReceipt={setReceipt} />
        </Card>
      )}
    </Space>
  );
}
