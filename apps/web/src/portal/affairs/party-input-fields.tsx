import { Form, Input, Radio, Typography } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import type { PortalMessageKey } from '../portal-messages.js';
import { requiredMessage, requiredText } from './field-rules.js';

const RESIDENT_ID = /^\d{17}[\dXx]$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{2}\d{6}[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{10}$/;

/**
 * One party of an online filing request: a person with the resident ID number, or an organisation
 * with its credit code and legal representative (the console's file-case form, one party). The
 * server checks the check digits; its message comes back on the field.
 */
export function PartyInputFields({ path, title, withAddress }: { path: ['application', 'applicants' | 'debtors', 0]; title: PortalMessageKey; withAddress: boolean }) {
  const { t } = usePortalI18n();
  const kind = Form.useWatch<string | undefined>([...path, 'kind']);
  const headingId = `${path[1]}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title level={3} id={headingId} className="zx-portal-section">
        {t(title)}
      </Typography.Title>
      <Form.Item name={[...path, 'kind']} label={t('partyKind')}>
        <Radio.Group
          aria-label={`${t(title)} ${t('partyKind')}`}
          optionType="button"
          options={[
            { value: 'person', label: t('partyPerson') },
            { value: 'organisation', label: t('partyOrganisation') },
          ]}
        />
      </Form.Item>
      <Form.Item name={[...path, 'name']} label={t('partyName')} rules={requiredText(t, 'partyName', kind === 'organisation' ? 200 : 100)}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      {kind === 'organisation' ? (
        <>
          <Form.Item
            name={[...path, 'creditCode']}
            label={t('partyCreditCode')}
            validateFirst
            rules={[{ required: true, whitespace: true, message: requiredMessage(t, 'partyCreditCode') }, { pattern: CREDIT_CODE, message: t('partyCreditCodeInvalid'), transform: (v: string) => v.trim() }]}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item name={[...path, 'legalRepresentative']} label={t('partyLegalRep')} rules={requiredText(t, 'partyLegalRep', 100)}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name={[...path, 'idNumber']}
          label={t('partyIdNumber')}
          validateFirst
          rules={[{ required: true, whitespace: true, message: requiredMessage(t, 'partyIdNumber') }, { pattern: RESIDENT_ID, message: t('partyIdInvalid'), transform: (v: string) => v.trim() }]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      )}
      {withAddress && (
        <Form.Item name={[...path, 'address']} label={t('partyAddress')} rules={[{ max: 300, message: t('tooLong', { max: 300 }) }]}>
          <Input maxLength={300} autoComplete="off" />
        </Form.Item>
      )}
    </section>
  );
}
