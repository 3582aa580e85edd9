import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api, type CreditDecision } from '../../api/endpoints.js';
import { DATE_FORMAT, fromCivilDate, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MEASURE_KIND_LABELS, endingGroundsFor } from '../../i18n/labels-credit.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

interface EndValues {
  ground?: string;
  arisenOn?: Dayjs;
  note?: string;
  inquiries?: number;
}

interface Props {
  decision: CreditDecision;
  onClose: () => void;
  onEnded: (decision: CreditDecision) => void;
  onReload: () => void;
}

const MIN_INQUIRIES = 2;

/**
 * Delete a listing (失信规定 arts. 9–10: within 3 working days of the ground) or lift a restriction
 * (限高规定 art. 9). A ground the system already recorded (the case was closed) is filled in.
 */
export function CreditEndModal({ decision: d, onClose, onEnded, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EndValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const listing = d.kind === 'dishonestListing';
  const table = endingGroundsFor(d.kind);
  const ground = Form.useWatch<string | undefined>('ground', form);
  const known = d.removal?.ground && Object.hasOwn(table, d.removal.ground) ? d.removal.ground : undefined;
  const today = todayCst();

  const submit = async (v: EndValues) => {
    if (!v.ground || !v.arisenOn) return;
    setSubmitting(true);
    setError(null);
    try {
      const ended = await api.endCredit(d.id, {
        ground: v.ground,
        arisenOn: v.arisenOn.format(DATE_FORMAT),
        note: (v.note ?? '').trim(),
        ...(v.ground === 'noPropertyAfterInquiries' ? { inquiriesAfterTerminationForNow: v.inquiries ?? 0 } : {}),
        expectedVersion: d.version,
      });
      void message.success(t(listing ? 'credit.end.removedDone' : 'credit.end.liftedDone', { number: ended.documentNumber }));
      onEnded(ended);
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={t(listing ? 'credit.end.removeTitle' : 'credit.end.liftTitle', { kind: MEASURE_KIND_LABELS[d.kind][lang], number: d.documentNumber })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t(listing ? 'credit.end.remove' : 'credit.end.lift')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t(listing ? 'credit.end.removeHint' : 'credit.end.liftHint')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t(listing ? 'credit.end.cannotRemove' : 'credit.end.cannotLift')}
          onRefresh={() => {
            onClose();
            onReload();
          }}
        />
      ) : null}
      <Form<EndValues>
        form={form}
        name="creditEnd"
        layout="vertical"
        disabled={submitting}
        initialValues={{ ...(known ? { ground: known } : {}), arisenOn: fromCivilDate(d.removal?.arisenOn) ?? dayjs(today), inquiries: MIN_INQUIRIES }}
        onFinish={(v) => void submit(v)}
        onKeyDown={(event) => {
          // Enter in the date field would send the form before the date is picked (stack-notes.md).
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('.ant-picker')) event.preventDefault();
        }}
      >
        <Form.Item name="ground" label={t(listing ? 'credit.end.removalGround' : 'credit.end.liftingGround')} rules={[{ required: true, message: t('credit.end.groundRequired') }]}>
          <Select
            placeholder={t('credit.end.groundPlaceholder')}
            optionLabelProp="title"
            options={Object.entries(table).map(([key, label]) => ({
              value: key,
              title: label[lang],
              label: (
                <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 0' }}>
                  <div>{label[lang]}</div>
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{label.article}</div>
                </div>
              ),
            }))}
          />
        </Form.Item>
        {ground === 'noPropertyAfterInquiries' ? (
          <Form.Item name="inquiries" label={t('credit.end.inquiries')} extra={t('credit.end.inquiriesHint')} rules={[{ required: true, type: 'number', min: MIN_INQUIRIES, message: t('credit.end.inquiriesMin') }]}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ) : null}
        <Form.Item name="arisenOn" label={t('credit.end.arisenOn')} extra={t(listing ? 'credit.end.arisenOnHint' : 'credit.end.arisenOnLiftHint')} rules={[{ required: true, message: t('action.dateRequired') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.format(DATE_FORMAT) > today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label={t('credit.end.note')} rules={[{ required: true, whitespace: true, min: 2, message: t('credit.end.noteRequired') }, { max: 2000 }]}>
          <Input.TextArea rows={3} showCount maxLength={2000} placeholder={t(listing ? 'credit.end.notePlaceholder' : 'credit.end.liftNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
