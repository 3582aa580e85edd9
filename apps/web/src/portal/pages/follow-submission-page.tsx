import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { PortalError, portalApi } from '../portal-api.js';
import { SubmissionProgress } from '../affairs/submission-progress.js';

/** 查询办理进度: a receipt number → where the submission stands (`/follow`, `/follow/:receiptNumber`). */
export function FollowSubmissionPage() {
  const { t, lang, pick } = usePortalI18n();
  const navigate = useNavigate();
  const { receiptNumber } = useParams();
  const [form] = Form.useForm<{ receiptNumber: string }>();
  const [receipt, setReceipt] = useState<SubmissionReceipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(
    async (number: string) => {
      setBusy(true);
      setError(null);
      try {
        setReceipt(await portalApi.followSubmission(number, lang));
      } catch (e) {
        setReceipt(null);
        setError(e instanceof PortalError && e.body ? pick(e.body.messageZh, e.body.messageEn) : t('errorGeneric'));
      } finally {
        setBusy(false);
      }
    },
    [lang, pick, t],
  );
  useEffect(() => {
    if (!receiptNumber) return;
    form.setFieldsValue({ receiptNumber });
    void load(receiptNumber);
  }, [receiptNumber, form, load]);
  const submit = ({ receiptNumber: typed }: { receiptNumber: string }) => {
    const number = typed.trim().toUpperCase();
    if (number === receiptNumber) void load(number);
    else void navigate(`/follow/${encodeURIComponent(number)}`);
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }} id="follow-title">
          {t('followTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('followIntro')}</Typography.Paragraph>
      </div>
      <Card>
        <Form form={form} layout="vertical" onFinish={submit} aria-labelledby="follow-title" role="search">
          <Form.Item name="receiptNumber" label={t('receiptInput')} extra={t('receiptInputHint')} rules={[{ required: true, whitespace: true, message: t('required', { field: t('receiptInput') }) }, { max: 40, message: t('tooLong', { max: 40 }) }]}>
            <Input autoComplete="off" maxLength={40} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block>
            {t('followSearch')}
          </Button>
        </Form>
      </Card>
      <div aria-live="polite">
        {error && <Alert type="warning" showIcon title={error} role="alert" />}
        {receipt && <SubmissionProgress receipt={receipt} />}
      </div>
    </Space>
  );
}
