import { Alert, Form, Input, Select } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { SUBMITTER_ROLE_WORDS, type SubmitterRole } from './affairs-kinds.js';
import { requiredMessage, requiredText } from './field-rules.js';

export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const SUBMITTER_ID_PATTERN = /^[0-9A-Za-z]{15,18}$/;

/**
 * Who hands it in, for the court to call back: name, phone, optionally the ID number, and in what
 * capacity. A party logged in on their case is named already (their name and role come with the case).
 */
export function SubmitterFields({ party, roles }: { party: { name: string; role: SubmitterRole } | null; roles: readonly SubmitterRole[] }) {
  const { t } = usePortalI18n();
  return (
    <>
      {party ? (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('submittingAs', { name: party.name, role: t(SUBMITTER_ROLE_WORDS[party.role]) })} />
          <Form.Item name={['submitter', 'name']} hidden>
            <Input />
          </Form.Item>
          <Form.Item name={['submitter', 'role']} hidden>
            <Input />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item name={['submitter', 'name']} label={t('submitterName')} rules={requiredText(t, 'submitterName', 60)}>
            <Input autoComplete="name" maxLength={60} />
          </Form.Item>
          {/* Always set: the form starts with the kind's usual role and the select cannot be emptied. */}
          <Form.Item name={['submitter', 'role']} label={t('submitterRole')} required>
            <Select<SubmitterRole> options={roles.map((r) => ({ value: r, label: t(SUBMITTER_ROLE_WORDS[r]) }))} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name={['submitter', 'phone']}
        label={t('submitterPhone')}
        extra={t('submitterPhoneHint')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: requiredMessage(t, 'submitterPhone') },
          { pattern: PHONE_PATTERN, message: t('submitterPhoneInvalid'), transform: (v: string) => v.trim() },
        ]}
      >
        <Input autoComplete="tel" inputMode="tel" maxLength={20} />
      </Form.Item>
      {!party && (
        <Form.Item name={['submitter', 'idNumber']} label={t('submitterId')} rules={[{ pattern: SUBMITTER_ID_PATTERN, message: t('submitterIdInvalid'), transform: (v: string) => v.trim() }]}>
          <Input autoComplete="off" maxLength={18} />
        </Form.Item>
      )}
    </>
  );
}
