import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Segmented, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/error-text.js';
import { useSession } from '../../auth/session-context.js';
import { useI18n, type Lang } from '../../i18n/i18n-context.js';
import { formatInstant } from '../../format/date.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

interface LoginValues {
  username: string;
  password: string;
}

/** The lockout answer says until when (details.lockedUntil); tell the person, in CST. */
function lockedUntilOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'ACCOUNT_LOCKED') return null;
  const until = error.body?.details?.['lockedUntil'];
  return typeof until === 'string' ? formatInstant(until) : null;
}

export function LoginPage({ expired }: { expired: boolean }) {
  const i18n = useI18n();
  const { t, lang, setLang } = i18n;
  const { login } = useSession();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<LoginValues>();
  useRevalidateOnLanguage(form);

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await login({ username: values.username.trim(), password: values.password });
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  const lockedUntil = lockedUntilOf(error);

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        padding: 24,
        background: 'linear-gradient(160deg, #0f2a5c 0%, #1d4ed8 100%)',
      }}
    >
      <Card style={{ width: 400, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Segmented<Lang>
            size="small"
            aria-label={t('header.language')}
            value={lang}
            onChange={setLang}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </div>
        <Typography.Title level={1} style={{ fontSize: 26, marginTop: 8, marginBottom: 4 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>

        {expired && !error ? <Alert type="info" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} /> : null}
        {error ? (
          <Alert
            type={lockedUntil ? 'warning' : 'error'}
            showIcon
            role="alert"
            title={errorText(error, i18n)}
            description={lockedUntil ? t('login.lockedUntil', { time: lockedUntil }) : undefined}
            style={{ marginBottom: 16 }}
          />
        ) : null}

        <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void onFinish(values)} disabled={submitting}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('login.notice')}
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
