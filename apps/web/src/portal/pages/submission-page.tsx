import { useState } from 'react';
import { Card, Space } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, Navigate, useParams } from 'react-router';
import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { isSubmissionKind } from '../affairs/affairs-kinds.js';
import { KindIntro } from '../affairs/kind-intro.js';
import { SubmissionForm } from '../affairs/submission-form.js';
import { ReceiptPanel } from '../affairs/receipt-panel.js';

/** One form of the affairs hall, for anyone (`/affairs/:kind`); the receipt once it is handed in. */
export function SubmissionPage() {
  const { t } = usePortalI18n();
  const { kind } = useParams();
  const [receipt, setReceipt] = useState<SubmissionReceipt | null>(null);
  if (!isSubmissionKind(kind)) return <Navigate to="/affairs" replace />;
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
          <SubmissionForm key={kind} kind={kind} party={null} onReceipt={setReceipt} />
        </Card>
      )}
    </Space>
  );
}
