import { Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Switch, Typography } from 'antd';
import { INSTITUTION_ACTS, INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LIST, type InstitutionAct, type InstitutionCategory } from '@zhixing/contracts/labels';
import { api, type Institution, type RegisterInstitutionBody } from '../../api/endpoints.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { KEY_ID, KeyFields, cleanPublicKey, formatSla, takenField, type SignatureAlgorithm } from './institution-keys.js';
import { DialogFooter } from '../../components/dialog-footer.js';

type Connection = RegisterInstitutionBody['connection'];
/** Every connection of the contract; the Record makes a new one fail the type check. */
const CONNECTION_ORDER: Readonly<Record<Connection, number>> = { push: 0, pull: 1, manual: 2 };
export const CONNECTIONS = Object.keys(CONNECTION_ORDER) as Connection[];

const MAX_SLA_MINUTES = 30 * 24 * 60;
const DEFAULT_SLA_MINUTES = 60;

/** Names mirror the request body (the first key under `key`), so the server's issues land on the right field. */
interface InstitutionValues {
  code: string;
  name: string;
  category?: InstitutionCategory;
  acts: InstitutionAct[];
  connection: Connection;
  endpoint?: string;
  slaMinutes: number;
  withKey: boolean;
  key?: { keyId?: string; alg?: SignatureAlgorithm; publicKey?: string };
}

/** The acts institutions of a category can carry out, in the glossary's order. */
export const actsOf = (category: InstitutionCategory): InstitutionAct[] =>
  INSTITUTION_ACTS.filter((a) => (INSTITUTION_CATEGORIES[category].acts as readonly InstitutionAct[]).includes(a));

const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

/**
 * 登记单位: an assisting institution with what it can carry out (only its category's acts), how it
 * is connected (push needs an endpoint), its answer time, and optionally its first signing key.
 */
export function RegisterInstitutionModal({ open, onClose, onRegistered }: { open: boolean; onClose: () => void; onRegistered: (institution: Institution) => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<InstitutionValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const category = Form.useWatch('category', form);
  const connection = Form.useWatch('connection', form);
  const withKey = Form.useWatch('withKey', form);
  const slaMinutes = Form.useWatch('slaMinutes', form);

  const submit = (v: InstitutionValues) =>
    run(async () => {
      if (!v.category) return;
      const body: RegisterInstitutionBody = {
        code: v.code.trim(),
        name: v.name.trim(),
        category: v.category,
        acts: v.acts,
        connection: v.connection,
        ...(v.connection === 'push' && v.endpoint ? { endpoint: v.endpoint.trim() } : {}),
        slaSeconds: v.slaMinutes * 60,
        ...(v.withKey && v.key?.alg ? { key: { keyId: (v.key.keyId ?? '').trim(), alg: v.key.alg, publicKey: cleanPublicKey(v.key.alg, v.key.publicKey) } } : {}),
      };
      try {
        onRegistered(await api.registerInstitution(body));
      } catch (caught) {
        const field = takenField(caught);
        if (field !== 'code') throw caught;
        form.setFields([{ name: 'code', errors: [t('institution.code.taken')] }]);
        form.scrollToField('code', { focus: true });
      }
    });

  return (
    <Modal
      open={open}
      title={t('institution.registerTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={720}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('institution.submit')}
        </DialogFooter>
      }
    >
      <Typography.Paragraph type="secondary">{t('institution.registerIntro')}</Typography.Paragraph>
      {error ? <ErrorAlert error={error} title={t('institution.failed')} /> : null}
      <Form<InstitutionValues>
        form={form}
        name="registerInstitution"
        preserve={false}
        layout="vertical"
        requiredMark
        disabled={submitting}
        initialValues={{ acts: [], connection: 'push', slaMinutes: DEFAULT_SLA_MINUTES, withKey: false, key: { alg: 'SM2-SM3' } }}
        onFinish={(v) => void submit(v)}
      >
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)', columnGap: 16 }}>
          <Form.Item
            name="code"
            label={t('institution.code')}
            rules={[
              { required: true, whitespace: true, message: t('institution.code.required') },
              { pattern: KEY_ID, message: t('institution.code.format') },
            ]}
          >
            <Input autoComplete="off" maxLength={64} className="zx-mono" placeholder={t('institution.code.placeholder')} />
          </Form.Item>
          <Form.Item name="name" label={t('institution.name')} rules={[{ required: true, whitespace: true, min: 2, message: t('institution.name.required') }, { max: 200 }]}>
            <Input autoComplete="off" maxLength={200} placeholder={t('institution.name.placeholder')} />
          </Form.Item>
        </div>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -16, marginBottom: 16 }}>
          {t('institution.code.hint')}
        </Typography.Paragraph>
        <Form.Item name="category" label={t('institution.category')} rules={[{ required: true, message: t('institution.category.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('institution.category.placeholder')}
            options={INSTITUTION_CATEGORY_LIST.map((c) => ({ value: c, label: INSTITUTION_CATEGORIES[c][lang] }))}
            onChange={(value: InstitutionCategory) => {
              form.setFieldValue('acts', actsOf(value));
              void form.validateFields(['acts']).catch(() => undefined);
            }}
          />
        </Form.Item>
        <Form.Item
          name="acts"
          label={t('institution.acts')}
          extra={category ? t('institution.acts.hint') : t('institution.acts.pickCategory')}
          rules={[{ required: true, type: 'array', min: 1, message: t('institution.acts.required') }]}
        >
          <Checkbox.Group options={(category ? actsOf(category) : []).map((a) => ({ value: a, label: t(`institution.act.${a}`) }))} />
        </Form.Item>
        <Form.Item name="connection" label={t('institution.connection')} rules={[{ required: true, message: t('institution.connection.required') }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {CONNECTIONS.map((c) => (
              <Radio key={c} value={c}>
                <span>{t(`institution.connection.${c}`)}</span>
                <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)', marginInlineStart: 8 }}>{t(`institution.connection.${c}.hint`)}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {connection === 'push' ? (
          <Form.Item
            name="endpoint"
            label={t('institution.endpoint')}
            extra={t('institution.endpoint.hint')}
            rules={[
              { required: true, whitespace: true, message: t('institution.endpoint.required') },
              { validator: (_rule, value?: string) => (!value?.trim() || isHttpUrl(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('institution.endpoint.format')))) },
              { max: 500 },
            ]}
          >
            <Input autoComplete="off" maxLength={500} className="zx-mono" placeholder="https://" />
          </Form.Item>
        ) : null}
        <Form.Item
          name="slaMinutes"
          label={t('institution.sla')}
          extra={
            typeof slaMinutes === 'number' && slaMinutes >= 60 ? `${t('institution.sla.hint')} ${t('institution.sla.equals', { time: formatSla(slaMinutes * 60, t) })}` : t('institution.sla.hint')
          }
          rules={[{ required: true, type: 'number', min: 1, max: MAX_SLA_MINUTES, message: t('institution.sla.required') }]}
        >
          <InputNumber min={1} max={MAX_SLA_MINUTES} precision={0} step={30} style={{ width: 200 }} suffix={t('institution.sla.unit')} />
        </Form.Item>
        <Form.Item name="withKey" valuePropName="checked" label={t('institution.withKey')} extra={t('institution.withKey.hint')}>
          <Switch />
        </Form.Item>
        {withKey ? (
          <div role="group" aria-label={t('institution.keyFieldset')} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: '16px 16px 0', background: '#fafafa' }}>
            <KeyFields prefix={['key']} />
          </div>
        ) : null}
      </Form>
    </Modal>
  );
}
