import { Form, Input, Radio } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { CourtSelect } from './court-select.js';
import { caseNumberRules, requiredChoice, requiredText } from './field-rules.js';

/** A complaint (执行信访): which court, what about, and what happened. */
export function ComplaintFields() {
  const { t } = usePortalI18n();
  const subject = Form.useWatch<string | undefined>('subject');
  return (
    <>
      <Form.Item name="courtId" label={t('chooseCourt')} rules={requiredChoice(t, 'chooseCourt', 'chooseCourtRequired')}>
        <CourtSelect />
      </Form.Item>
      <Form.Item name="caseNumber" label={t('caseNumberOptional')} extra={t('caseNumberHint')} rules={caseNumberRules(t, false)}>
        <Input autoComplete="off" maxLength={60} />
      </Form.Item>
      <Form.Item name="subject" label={t('complaintSubject')} rules={requiredChoice(t, 'complaintSubject')}>
        <Radio.Group
          aria-label={t('complaintSubject')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={[
            { value: 'staff', label: t('complaintStaff') },
            { value: 'act', label: t('complaintAct') },
            { value: 'other', label: t('complaintOther') },
          ]}
        />
      </Form.Item>
      {subject === 'staff' && (
        <Form.Item name="staffName" label={t('complaintStaffName')} rules={[{ max: 60, message: t('tooLong', { max: 60 }) }]}>
          <Input maxLength={60} />
        </Form.Item>
      )}
      <Form.Item name="content" label={t('complaintContent')} extra={t('complaintContentHint')} rules={requiredText(t, 'complaintContent', 4000)}>
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
      </Form.Item>
    </>
  );
}
