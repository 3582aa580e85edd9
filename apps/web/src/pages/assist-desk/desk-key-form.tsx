import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { errorText } from '../../api/error-text.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { isKeyRefused } from './desk-api.js';

interface KeyValues {
  deskKey: string;
}

/**
 * The desk's door: the institution's desk key, typed or pasted into a password field. A refused
 * key is said so plainly, with what to do; so is a key that stopped working while the tab held it.
 */
export function DeskKeyForm({ submitting, error, keyGone, onSubmit }: { submitting: boolean; error: unknown; keyGone: boolean; onSubmit: (key: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<KeyValues>();
  useRevalidateOnLanguage(form);

  return (
    <Card style={{ maxWidth: 520, margin: '40px auto 0' }} styles={{ body: { padding: 32 } }}>
      <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0, marginBottom: 8 }}>
        {t('desk.key.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('desk.key.intro')}</Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('desk.key.refused')}
          description={
            <>
              <div>{errorText(error, i18n)}</div>
              {isKeyRefused(error) ? <div style={{ marginTop: 4 }}>{t('desk.key.refusedHint')}</div> : null}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      ) : keyGone ? (
        <Alert type="warning" showIcon role="alert" title={t('desk.keyGone')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<KeyValues> form={form} name="deskKey" layout="vertical" requiredMark={false} disabled={submitting} onFinish={(v) => onSubmit(v.deskKey.trim())}>
        <Form.Item name="deskKey" label={t('desk.key.label')} extra={t('desk.key.hint')} rules={[{ required: true, whitespace: true, message: t('desk.key.required') }]}>
          <Input.Password prefix={<KeyOutlined aria-hidden />} autoComplete="off" autoFocus size="large" spellCheck={false} className="zx-mono" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
          {t('desk.key.submit')}
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
        {t('desk.key.notice')}
      </Typography.Paragraph>
    </Card>
  );
}
