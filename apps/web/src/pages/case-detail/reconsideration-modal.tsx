import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api, type Correction, type CreditDecision } from '../../api/endpoints.js';
import { DATE_FORMAT, formatDate, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

interface ReconsiderationValues {
  correctionId?: string;
  applicantName?: string;
  reason?: string;
  receivedOn?: Dayjs;
}

interface Props {
  decision: CreditDecision;
  /** The dismissed correction requests of this listing still within their apply-by date (none for an exit restriction). */
  dismissed: readonly Correction[];
  onClose: () => void;
  onFiled: (filed: Correction) => void;
  onReload: () => void;
}

/**
 * 登记复议申请 to the next-higher court: of a dismissed correction request (失信规定 art. 12) or of
 * an exit restriction (异议复议规定 art. 9). It lands in the higher court's queue.
 */
export function ReconsiderationModal({ decision: d, dismissed, onClose, onFiled, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReconsiderationValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const listing = d.kind === 'dishonestListing';
  const today = todayCst();
  const latest = [...dismissed].sort((a, b) => (b.decidedOn ?? '').localeCompare(a.decidedOn ?? ''))[0];

  const submit = async (v: ReconsiderationValues) => {
    await run(async () => {
      if (!v.receivedOn) return;
      const filed = await api.fileReconsideration(d.id, {
        applicantName: (v.applicantName ?? '').trim(),
        reason: (v.reason ?? '').trim(),
        receivedOn: v.receivedOn.format(DATE_FORMAT),
        correctionId: listing ? (v.correctionId ?? null) : null,
      });
      void message.success(t('reconsideration.filedDone', { date: formatDate(filed.reviewDueOn) }));
      onFiled(filed);
    });
  };

  return (
    <Modal
      open
      title={t('reconsideration.fileTitle', { number: d.documentNumber })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('reconsideration.submit')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t(listing ? 'reconsideration.fileHintListing' : 'reconsideration.fileHintExit')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t('reconsideration.cannotFile')}
          onRefresh={() => {
            onClose();
            onReload();
          }}
        />
      ) : null}
      <Form<ReconsiderationValues>
        form={form}
        name="reconsideration"
        layout="vertical"
        disabled={submitting}
        initialValues={{ correctionId: latest?.id, applicantName: latest?.applicantName ?? d.debtor.name, receivedOn: dayjs(today) }}
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDatePicker}
      >
        {listing ? (
          <Form.Item name="correctionId" label={t('reconsideration.correction')} rules={[{ required: true, message: t('reconsideration.correctionRequired') }]}>
            <Select
              options={dismissed.map((c) => ({
                value: c.id,
                label: t('reconsideration.correctionOption', { applicant: c.applicantName, date: formatDate(c.decidedOn), applyBy: formatDate(c.reconsiderationApplyBy) }),
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="applicantName" label={t('correction.applicant')} rules={[{ required: true, whitespace: true, message: t('correction.applicantRequired') }, { max: 100 }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="reason" label={t('correction.reason')} rules={[{ required: true, whitespace: true, min: 4, message: t('correction.reasonRequired') }, { max: 4000 }]}>
          <Input.TextArea rows={3} showCount maxLength={4000} placeholder={t('correction.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('correction.receivedOn')} extra={t('reconsideration.receivedOnHint')} rules={[{ required: true, message: t('correction.receivedOnRequired') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.format(DATE_FORMAT) > today} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
