import { Form, Input, Radio } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { caseNumberRules, requiredChoice, requiredText } from './field-rules.js';

/** An objection: against an enforcement act (民诉法 art. 236) or an outsider's right in the property (art. 238). */
export function ObjectionFields({ onCase }: { onCase: boolean }) {
  const { t } = usePortalI18n();
  return (
    <>
      {!onCase && (
        <Form.Item name="caseNumber" label={t('caseNumber')} extra={t('caseNumberHint')} rules={caseNumberRules(t, true)}>
          <Input autoComplete="off" maxLength={60} />
        </Form.Item>
      )}
      <Form.Item name="objectionType" label={t('objectionType')} rules={requiredChoice(t, 'objectionType')}>
        <Radio.Group
          aria-label={t('objectionType')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={[
            { value: 'act', label: t('objectionAct') },
            { value: 'outsider', label: t('objectionOutsider') },
          ]}
        />
      </Form.Item>
      <Form.Item name="request" label={t('objectionRequest')} extra={t('objectionRequestHint')} rules={requiredText(t, 'objectionRequest', 1000)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Form.Item name="reasons" label={t('objectionReasons')} rules={requiredText(t, 'objectionReasons', 4000)}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
      </Form.Item>
    </>
  );
}
