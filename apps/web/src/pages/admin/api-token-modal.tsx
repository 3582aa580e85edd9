import { useState } from 'react';
import { Button, Checkbox, Descriptions, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import { api, type ApiTokenReply, type CourtsReply } from '../../api/endpoints.js';
import { SecretShownOnce } from '../../components/secret-shown-once.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { TOKEN_SCOPE_LABELS, keysOf, type ApiTokenScope } from '../../i18n/labels.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

const SCOPES = keysOf(TOKEN_SCOPE_LABELS);

interface TokenValues {
  name: string;
  scopes: ApiTokenScope[];
  courtId?: string;
}

type Court = CourtsReply['items'][number];

const scopeLabel = (scope: string, lang: 'zh' | 'en'): string => (SCOPES.find((s) => s === scope) ? TOKEN_SCOPE_LABELS[scope as ApiTokenScope][lang] : scope);

/**
 * Issue a machine token. The server keeps only its hash, so the secret is on screen once: the
 * dialog then shows it with a copy button and cannot be dismissed by a stray click or Esc.
 */
export function ApiTokenModal({ open, courts, onClose }: { open: boolean; courts: readonly Court[]; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<TokenValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<ApiTokenReply | null>(null);

  const close = () => {
    setIssued(null);
    setError(null);
    onClose();
  };

  const submit = async (values: TokenValues) => {
    setSubmitting(true);
    setError(null);
    try {
      setIssued(await api.createApiToken({ name: values.name.trim(), scopes: values.scopes, ...(values.courtId ? { courtId: values.courtId } : {}) }));
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={issued ? t('token.issuedTitle', { name: issued.name }) : t('token.title')}
      onCancel={close}
      maskClosable={!issued}
      keyboard={!issued}
      destroyOnHidden
      width={660}
      footer={
        issued
          ? [
              <Button key="close" type="primary" onClick={close}>
                {t('token.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={submitting} onClick={() => form.submit()}>
                {t('token.submit')}
              </Button>,
            ]
      }
    >
      {issued ? (
        <>
          <SecretShownOnce
            secret={issued.token}
            testId="issued-token"
            texts={{ onceTitle: t('token.onceTitle'), once: t('token.once'), label: t('token.value'), copy: t('token.copy'), copied: t('token.copied'), copyFailed: t('token.copyFailed') }}
          />
          <Descriptions
            size="small"
            column={1}
            items={[{ key: 'scopes', label: t('token.scopes'), children: <Space size={4} wrap>{issued.scopes.map((s) => <Tag key={s}>{scopeLabel(s, lang)}</Tag>)}</Space> }]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('token.description')}</Typography.Paragraph>
          {error ? <ErrorAlert error={error} title={t('token.failed')} /> : null}
          <Form<TokenValues> form={form} name="apiToken" preserve={false} layout="vertical" onFinish={(values) => void submit(values)} disabled={submitting} requiredMark initialValues={{ scopes: [] }}>
            <Form.Item name="name" label={t('token.name')} extra={t('token.name.hint')} rules={[{ required: true, whitespace: true, message: t('token.name.required') }, { max: 100 }]}>
              <Input autoComplete="off" placeholder={t('token.name.placeholder')} maxLength={100} />
            </Form.Item>
            <Form.Item name="scopes" label={t('token.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('token.scopes.required') }]}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
                {SCOPES.map((scope) => (
                  <Checkbox key={scope} value={scope}>
                    <span>{TOKEN_SCOPE_LABELS[scope][lang]}</span> <code className="zx-mono" style={{ fontSize: 12 }}>{scope}</code>
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{TOKEN_SCOPE_LABELS[scope].hint[lang]}</div>
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item name="courtId" label={t('token.court')} extra={t('token.court.hint')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('token.court.placeholder')}
                options={courts.map((c) => ({ value: c.id, label: `${c.code} ${lang === 'zh' ? c.name : c.nameEn}` }))}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
