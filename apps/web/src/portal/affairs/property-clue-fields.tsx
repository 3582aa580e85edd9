import { Checkbox, Form, Input, Select } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { CLUE_TYPE_WORDS, type PropertyClueType } from './affairs-kinds.js';
import { caseNumberRules, requiredChoice, requiredText } from './field-rules.js';

/** A property clue: the kind of property, where and what it is, and whether it may be moved soon. */
export function PropertyClueFields({ onCase }: { onCase: boolean }) {
  const { t } = usePortalI18n();
  return (
    <>
      {!onCase && (
        <Form.Item name="caseNumber" label={t('caseNumber')} extra={t('caseNumberHint')} rules={caseNumberRules(t, true)}>
          <Input autoComplete="off" maxLength={60} />
        </Form.Item>
      )}
      <Form.Item name="propertyType" label={t('clueType')} rules={requiredChoice(t, 'clueType')}>
        <Select<PropertyClueType> options={Object.entries(CLUE_TYPE_WORDS).map(([value, key]) => ({ value: value as PropertyClueType, label: t(key) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('clueDescription')} extra={t('clueDescriptionHint')} rules={requiredText(t, 'clueDescription', 2000)}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="location" label={t('clueLocation')} rules={[{ max: 300, message: t('tooLong', { max: 300 }) }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="urgent" valuePropName="checked">
        <Checkbox>{t('clueUrgent')}</Checkbox>
      </Form.Item>
    </>
  );
}
