import { Form, Input } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { CourtSelect } from './court-select.js';
import { SlotPicker } from './slot-picker.js';
import { caseNumberRules, requiredChoice, requiredText } from './field-rules.js';

/**
 * Booking a meeting with the judge: the court (a party's own court is known), a free slot, and what
 * it is about.
 */
export function AppointmentFields({ partyCourtId }: { partyCourtId: string | null | undefined }) {
  const { t } = usePortalI18n();
  const chosen = Form.useWatch<string | undefined>('courtId');
  const onCase = partyCourtId !== undefined;
  return (
    <>
      {!onCase && (
        <>
          <Form.Item name="courtId" label={t('chooseCourt')} rules={requiredChoice(t, 'chooseCourt', 'chooseCourtRequired')}>
            <CourtSelect />
          </Form.Item>
          <Form.Item name="caseNumber" label={t('caseNumberOptional')} extra={t('caseNumberHint')} rules={caseNumberRules(t, false)}>
            <Input autoComplete="off" maxLength={60} />
          </Form.Item>
        </>
      )}
      <Form.Item name="slot" label={t('appointmentSlot')} rules={requiredChoice(t, 'appointmentSlot', 'appointmentSlotRequired')}>
        <SlotPicker courtId={onCase ? (partyCourtId ?? undefined) : chosen} />
      </Form.Item>
      <Form.Item name="topic" label={t('appointmentTopic')} rules={requiredText(t, 'appointmentTopic', 500)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
    </>
  );
}
