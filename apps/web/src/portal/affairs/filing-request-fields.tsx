import { Form, Input, Select, Typography } from 'antd';
import { BASIS_TYPE_LABELS } from '../../i18n/labels.js';
import { usePortalI18n } from '../portal-i18n.js';
import { CourtSelect } from './court-select.js';
import { PartyInputFields } from './party-input-fields.js';
import { requiredChoice, requiredMessage, requiredText } from './field-rules.js';

const YUAN = /^(0|[1-9]\d{0,13})(\.\d{1,2})?$/;

/**
 * A simplified online filing request (网上立案申请): the court, the enforcement basis, one applicant,
 * one debtor and the principal claimed — what the filing clerk needs to file the case from it.
 */
export function FilingRequestFields() {
  const { t, pick } = usePortalI18n();
  return (
    <>
      <Form.Item name="courtId" label={t('filingCourt')} extra={t('filingCourtHint')} rules={requiredChoice(t, 'chooseCourt', 'chooseCourtRequired')}>
        <CourtSelect />
      </Form.Item>
      <Form.Item name={['application', 'cause']} label={t('filingCause')} extra={t('filingCauseHint')} rules={requiredText(t, 'filingCause', 200)}>
        <Input maxLength={200} />
      </Form.Item>
      <section aria-labelledby="basis-heading">
        <Typography.Title level={3} id="basis-heading" className="zx-portal-section">
          {t('sectionBasis')}
        </Typography.Title>
        <Form.Item name={['application', 'basis', 'type']} label={t('basisType')} rules={requiredChoice(t, 'basisType')}>
          <Select options={Object.entries(BASIS_TYPE_LABELS).map(([value, l]) => ({ value, label: pick(l.zh, l.en) }))} />
        </Form.Item>
        <Form.Item name={['application', 'basis', 'issuer']} label={t('basisIssuer')} extra={t('basisIssuerHint')} rules={requiredText(t, 'basisIssuer', 200)}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={['application', 'basis', 'documentNumber']} label={t('basisNumber')} extra={t('basisNumberHint')} rules={requiredText(t, 'basisNumber', 100)}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name={['application', 'basis', 'effectiveDate']} label={t('basisEffective')} rules={[{ required: true, message: t('dateInvalid') }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name={['application', 'basis', 'performanceDeadline']} label={t('basisDeadline')}>
          <Input type="date" />
        </Form.Item>
      </section>
      <PartyInputFields path={['application', 'applicants', 0]} title="sectionApplicant" withAddress={false} />
      <PartyInputFields path={['application', 'debtors', 0]} title="sectionDebtor" withAddress />
      <Form.Item
        name={['application', 'claims', 0, 'amount']}
        label={t('filingAmount')}
        extra={t('filingAmountHint')}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: requiredMessage(t, 'filingAmount') },
          { validator: (_, v?: string) => (v && YUAN.test(v.trim()) && Number(v) > 0 ? Promise.resolve() : Promise.reject(new Error(t('filingAmountInvalid')))) },
        ]}
      >
        <Input inputMode="decimal" maxLength={20} />
      </Form.Item>
    </>
  );
}
