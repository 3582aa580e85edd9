import { useState } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import { ApiError } from '../../api/client.js';
import { api, type CourtsReply, type UserReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ROLE_LABELS, keysOf, type Role } from '../../i18n/labels.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { fieldCheck } from '../../components/field-check.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

const ROLES = keysOf(ROLE_LABELS);
/** The contract's rule for usernames (zCreateUserRequest), checked as typed. */
const USERNAME = /^[a-z][a-z0-9_.-]{2,31}$/;

/** Names mirror CreateUserRequest, so the server's issues land on the right field. */
interface UserValues {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  courtId: string;
}

type Court = CourtsReply['items'][number];

/** A taken username answers ALREADY_EXISTS naming the field (details.field), not a field issue. */
function takenField(error: unknown): keyof UserValues | null {
  if (!(error instanceof ApiError) || error.code !== 'ALREADY_EXISTS') return null;
  return error.body?.details?.['field'] === 'username' ? 'username' : null;
}

export function CreateUserModal({ open, courts, courtId, onClose, onCreated }: { open: boolean; courts: readonly Court[]; courtId?: string; onClose: () => void; onCreated: (user: UserReply) => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<UserValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const role = Form.useWatch('role', form);

  const submit = async (values: UserValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const user = await api.createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        role: values.role,
        courtId: values.courtId,
      });
      onCreated(user);
    } catch (caught) {
      if (takenField(caught)) {
        form.setFields([{ name: 'username', errors: [t('userForm.username.taken')] }]);
        form.scrollToField('username', { focus: true });
      } else {
        reportFormError(form, caught, setError);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('userForm.title')}
      okText={t('userForm.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {error ? <ErrorAlert error={error} title={t('userForm.failed')} /> : null}
      <Form<UserValues>
        form={form}
        name="newUser"
        // The form store outlives the dialog: without this, reopening it would show the last account and its password.
        preserve={false}
        layout="vertical"
        initialValues={{ role: 'clerk', ...(courtId ? { courtId } : {}) }}
        onFinish={(values) => void submit(values)}
        disabled={submitting}
        requiredMark
      >
        <Form.Item
          name="username"
          label={t('userForm.username')}
          extra={t('userForm.username.hint')}
          normalize={(value: string) => value.toLowerCase()}
          rules={[
            { required: true, whitespace: true, message: t('userForm.username.required') },
            { validator: fieldCheck<string>((value) => (value && !USERNAME.test(value.trim()) ? t('userForm.username.format') : null)) },
          ]}
        >
          <Input className="zx-mono" autoComplete="off" spellCheck={false} maxLength={32} />
        </Form.Item>
        <Form.Item name="displayName" label={t('userForm.displayName')} rules={[{ required: true, whitespace: true, message: t('userForm.displayName.required') }, { max: 50 }]}>
          <Input autoComplete="off" placeholder={t('userForm.displayName.placeholder')} maxLength={50} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('userForm.password')}
          extra={t('userForm.password.hint')}
          rules={[
            { required: true, message: t('userForm.password.required') },
            { min: 10, message: t('userForm.password.min') },
            { max: 256 },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label={t('userForm.role')} extra={role ? t(`role.hint.${role}`) : undefined} rules={[{ required: true, message: t('userForm.role.required') }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))} />
        </Form.Item>
        <Form.Item
          name="courtId"
          label={t('userForm.court')}
          dependencies={['role']}
          rules={[
            { required: true, message: t('userForm.court.required') },
            ({ getFieldValue }) => ({
              warningOnly: true,
              validator: fieldCheck<string>((value) => {
                const court = courts.find((c) => c.id === value);
                return getFieldValue('role') === 'city_supervisor' && court?.level === 'basic' ? t('userForm.court.supervisorAtBasic') : null;
              }),
            }),
          ]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('userForm.court.placeholder')}
            options={courts.map((c) => ({ value: c.id, label: `${c.code} ${lang === 'zh' ? c.name : c.nameEn}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
