import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { api, type Correction, type CreditDecision } from '../../api/endpoints.js';
import { DATE_FORMAT, formatDate, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CORRECTION_GROUND_LABELS, type CorrectionGround } from '../../i18n/labels-credit.js';
import { keysOf } from '../../i18n/labels.js';
import { correctionGroundText } from '../../i18n/correction-texts.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

interface CorrectionValues {
  applicantName?: string;
  ground?: CorrectionGround;
  reason?: string;
  receivedOn?: Dayjs;
}

interface Props {
  decision: CreditDecision;
  onClose: () => void;
  onFiled: (filed: Correction) => void;
  onReload: () => void;
}

const GROUNDS = keysOf(CORRECTION_GROUND_LABELS);

/** 登记纠正申请 (失信规定 art. 11): who applied, on which of the three grounds, why, and when it arrived. */
export function CorrectionModal({ decision: d, onClose, onFiled, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectionValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const today = todayCst();

  const submit = async (v: CorrectionValues) => {
    await run(async () => {
      if (!v.ground || !v.receivedOn) return;
      const filed = await api.fileCorrection(d.id, { applicantName: (v.applicantName ?? '').trim(), ground: v.ground, reason: (v.reason ?? '').trim(), receivedOn: v.receivedOn.format(DATE_FORMAT) });
      void message.success(t('correction.filedDone', { date: formatDate(filed.reviewDueOn) }));
      onFiled(filed);
    });
  };

  return (
    <Modal
      open
      title={t('correction.fileTitle', { number: d.documentNumber })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('correction.fileSubmit')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t('correction.fileHint')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t('correction.cannotFile')}
          onRefresh={() => {
            onClose();
            onReload();
          }}
        />
      ) : null}
      <Form<CorrectionValues>
        form={form}
        name="correction"
        layout="vertical"
        disabled={submitting}
        initialValues={{ applicantName: d.debtor.name, receivedOn: dayjs(today) }}
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDatePicker}
      >
        <Form.Item name="applicantName" label={t('correction.applicant')} rules={[{ required: true, whitespace: true, message: t('correction.applicantRequired') }, { max: 100 }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="ground" label={t('correction.ground')} rules={[{ required: true, message: t('correction.groundRequired') }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={GROUNDS.map((g) => ({ value: g, label: correctionGroundText(g, i18n) }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('correction.reason')} rules={[{ required: true, whitespace: true, min: 4, message: t('correction.reasonRequired') }, { max: 4000 }]}>
          <Input.TextArea rows={3} showCount maxLength={4000} placeholder={t('correction.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('correction.receivedOn')} extra={t('correction.receivedOnHint')} rules={[{ required: true, message: t('correction.receivedOnRequired') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.format(DATE_FORMAT) > today} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
