import { useState } from 'react';
import { Button, Checkbox, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import { api, type RegisteredAgencyReply } from '../../api/endpoints.js';
import { SecretShownOnce } from '../../components/secret-shown-once.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { keysOf } from '../../i18n/labels.js';
import { AGENCY_CATEGORY_LABELS, AGENCY_SCOPE_LABELS, SCENARIO_GROUPS, SCENARIO_LABELS, type AgencyCategory, type AgencyScope, type Scenario } from '../../i18n/labels-credit.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

const CATEGORIES = keysOf(AGENCY_CATEGORY_LABELS);
const SCOPES = keysOf(AGENCY_SCOPE_LABELS);
const DEFAULT_RATE = 60_000;

interface AgencyValues {
  name: string;
  category: AgencyCategory;
  scenarios: Scenario[];
  scopes: AgencyScope[];
  rateLimitPerMinute: number;
}

/**
 * Register a credit-discipline agency (联合惩戒单位). The server keeps only a hash of its key, so
 * the key is on screen once, with a copy button, and the dialog then cannot be dismissed by a
 * stray click or Esc.
 */
export function RegisterAgencyModal({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: () => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<AgencyValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<RegisteredAgencyReply | null>(null);

  const close = () => {
    setIssued(null);
    setError(null);
    onClose();
  };

  const submit = async (v: AgencyValues) => {
    setSubmitting(true);
    setError(null);
    try {
      setIssued(await api.registerAgency({ name: v.name.trim(), category: v.category, scenarios: v.scenarios, scopes: v.scopes, rateLimitPerMinute: v.rateLimitPerMinute }));
      onRegistered();
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={issued ? t('agency.registeredTitle', { name: issued.name }) : t('agency.registerTitle')}
      onCancel={close}
      maskClosable={!issued}
      keyboard={!issued}
      destroyOnHidden
      width={720}
      footer={
        issued
          ? [
              <Button key="close" type="primary" onClick={close}>
                {t('agency.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={submitting} onClick={() => form.submit()}>
                {t('agency.submit')}
              </Button>,
            ]
      }
    >
      {issued ? (
        <>
          <SecretShownOnce
            secret={issued.apiKey}
            testId="issued-agency-key"
            texts={{ onceTitle: t('agency.onceTitle'), once: t('agency.once'), label: t('agency.key'), copy: t('agency.copy'), copied: t('token.copied'), copyFailed: t('agency.copyFailed') }}
          />
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'category', label: t('agency.category'), children: AGENCY_CATEGORY_LABELS[issued.category][lang] },
              { key: 'scenarios', label: t('agency.scenarios'), children: <Space size={4} wrap>{issued.scenarios.map((s) => <Tag key={s}>{SCENARIO_LABELS[s][lang]}</Tag>)}</Space> },
              { key: 'scopes', label: t('agency.scopes'), children: <Space size={4} wrap>{issued.scopes.map((s) => <Tag key={s}>{AGENCY_SCOPE_LABELS[s][lang]}</Tag>)}</Space> },
            ]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('agency.description')}</Typography.Paragraph>
          {error ? <ErrorAlert error={error} title={t('agency.failed')} /> : null}
          <Form<AgencyValues>
            form={form}
            name="registerAgency"
            preserve={false}
            layout="vertical"
            requiredMark
            disabled={submitting}
            initialValues={{ scenarios: [], scopes: ['check', 'feedback'], rateLimitPerMinute: DEFAULT_RATE }}
            onFinish={(v) => void submit(v)}
          >
            <Form.Item name="name" label={t('agency.name')} extra={t('agency.name.hint')} rules={[{ required: true, whitespace: true, min: 2, message: t('agency.name.required') }, { max: 200 }]}>
              <Input autoComplete="off" maxLength={200} placeholder={t('agency.name.placeholder')} />
            </Form.Item>
            <Form.Item name="category" label={t('agency.category')} rules={[{ required: true, message: t('agency.category.required') }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} placeholder={t('agency.category.placeholder')} options={CATEGORIES.map((c) => ({ value: c, label: AGENCY_CATEGORY_LABELS[c][lang] }))} />
            </Form.Item>
            <Form.Item name="scenarios" label={t('agency.scenarios')} extra={t('agency.scenarios.hint')} rules={[{ required: true, type: 'array', min: 1, message: t('agency.scenarios.required') }]}>
              <Select
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('agency.scenarios.placeholder')}
                options={SCENARIO_GROUPS.map((g) => ({
                  label: g.label[lang],
                  title: g.label[lang],
                  options: g.scenarios.map((s) => ({ value: s, label: SCENARIO_LABELS[s][lang] })),
                }))}
              />
            </Form.Item>
            <Form.Item name="scopes" label={t('agency.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('agency.scopes.required') }]}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                {SCOPES.map((scope) => (
                  <Checkbox key={scope} value={scope}>
                    <span>{AGENCY_SCOPE_LABELS[scope][lang]}</span> <code className="zx-mono" style={{ fontSize: 12 }}>{scope}</code>
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{AGENCY_SCOPE_LABELS[scope].hint[lang]}</div>
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item name="rateLimitPerMinute" label={t('agency.rateLimit')} extra={t('agency.rateLimit.hint')} rules={[{ required: true, type: 'number', min: 1, max: 10_000_000, message: t('agency.rateLimit.required') }]}>
              <InputNumber min={1} max={10_000_000} precision={0} step={1000} style={{ width: 200 }} suffix={t('agency.rateLimit.unit')} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
