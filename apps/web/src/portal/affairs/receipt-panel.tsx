import { useEffect, useRef } from 'react';
import { Alert, Button, Card, Descriptions, Space, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { KIND_WORDS } from './affairs-kinds.js';
import { DeadlineLines } from './deadline-lines.js';
import { formatInstant } from './format-time.js';

/**
 * What the citizen sees once it is handed in: the receipt number, large and copyable, to keep; what
 * the court must do by when, and under which rule. The focus moves here, so a screen reader says it.
 */
export function ReceiptPanel({ receipt: r, againTo }: { receipt: SubmissionReceipt; againTo: string }) {
  const { t, pick } = usePortalI18n();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <Card className="zx-portal-receipt">
      <Typography.Title level={2} ref={heading} tabIndex={-1} style={{ marginTop: 0, fontSize: 22, color: '#15803d' }}>
        <CheckCircleFilled aria-hidden /> {t('receiptTitle')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('receiptNumber')}</Typography.Text>
      <div>
        <Typography.Text strong copyable className="zx-portal-receipt-number" data-testid="receipt-number">
          {r.receiptNumber}
        </Typography.Text>
      </div>
      <Alert type="warning" showIcon title={t('receiptKeep')} style={{ margin: '12px 0' }} />
      <DeadlineLines receipt={r} />
      <Descriptions
        column={1}
        size="small"
        style={{ marginBottom: 12 }}
        items={[
          { key: 'kind', label: t('kindLabel'), children: t(KIND_WORDS[r.kind].title) },
          { key: 'court', label: t('court'), children: pick(r.court.name, r.court.nameEn) },
          ...(r.caseNumber ? [{ key: 'case', label: t('caseNumber'), children: r.caseNumber }] : []),
          { key: 'who', label: t('submittedBy'), children: r.submitterName },
          { key: 'at', label: t('receivedAt'), children: formatInstant(r.receivedAt) },
          { key: 'files', label: t('attachmentCount'), children: t('attachmentCountValue', { n: r.attachments }) },
          { key: 'basis', label: t('legalBasis'), children: r.legalBasis },
        ]}
      />
      <Space wrap>
        <Button type="primary" onClick={() => void navigate(`/follow/${encodeURIComponent(r.receiptNumber)}`)}>
          {t('followThis')}
        </Button>
        <Link to={againTo}>{t('submitAnother')}</Link>
      </Space>
    </Card>
  );
}
