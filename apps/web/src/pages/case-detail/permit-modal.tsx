import { Alert, App, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, type CreditDecision } from '../../api/endpoints.js';
import { DATE_FORMAT, formatDate, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PERMISSION_MAX_DAYS, PERMISSION_REASON_LABELS, PERMITTABLE_SCENARIOS, SCENARIO_LABELS, SUBJECT_ROLE_LABELS, type PermissionReason, type Scenario } from '../../i18n/labels-credit.js';
import { keysOf } from '../../i18n/labels.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { fieldCheck } from '../../components/field-check.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

interface PermitValues {
  subjectId?: number;
  reason?: PermissionReason;
  description?: string;
  scenarios?: Scenario[];
  period?: [Dayjs, Dayjs];
}

interface Props {
  decision: CreditDecision;
  onClose: () => void;
  onGranted: () => void;
  onReload: () => void;
}

const REASONS = keysOf(PERMISSION_REASON_LABELS);
const DAY_MS = 86_400_000;

/**
 * 准许必要消费 (限高规定 art. 8): a restricted person may make one named consumption in a short
 * window, approved in advance. The server's rulebook checks it again (reason, acts, dates).
 */
export function PermitModal({ decision: d, onClose, onGranted, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PermitValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const reason = Form.useWatch<PermissionReason | undefined>('reason', form);
  const today = todayCst();
  const subjects = d.subjects.filter((s) => !s.liftedAt);

  const submit = async (v: PermitValues) => {
    await run(async () => {
      if (v.subjectId === undefined || !v.reason || !v.scenarios || !v.period) return;
      const description = (v.description ?? '').trim();
      const granted = await api.grantPermit(d.id, {
        subjectId: v.subjectId,
        reason: v.reason,
        description: description === '' ? null : description,
        scenarios: v.scenarios,
        from: v.period[0].format(DATE_FORMAT),
        to: v.period[1].format(DATE_FORMAT),
      });
      void message.success(t('permit.grantedDone', { from: formatDate(granted.from), to: formatDate(granted.to) }));
      onGranted();
    });
  };

  return (
    <Modal
      open
      title={t('permit.grantTitle', { number: d.documentNumber })}
      onCancel={onClose}
      destroyOnHidden
      width={680}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('permit.submit')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t('permit.hint')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t('permit.cannotGrant')}
          onRefresh={() => {
            onClose();
            onReload();
          }}
        />
      ) : null}
      <Form<PermitValues>
        form={form}
        name="permit"
        layout="vertical"
        disabled={submitting}
        initialValues={{ subjectId: subjects.length === 1 ? subjects[0]?.id : undefined, scenarios: [] }}
        onFinish={(v) => void submit(v)}
        onKeyDown={keepEnterInDatePicker}
      >
        <Form.Item name="subjectId" label={t('permit.subject')} rules={[{ required: true, message: t('permit.subjectRequired') }]}>
          <Select
            options={subjects.map((s) => ({
              value: s.id,
              label: `${t('common.nameWithRole', { name: s.name, role: SUBJECT_ROLE_LABELS[s.role][lang] })}  ${s.idNumberMasked ?? s.creditCode ?? ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('permit.reason')} rules={[{ required: true, message: t('permit.reasonRequired') }]}>
          <Select options={REASONS.map((r) => ({ value: r, label: PERMISSION_REASON_LABELS[r][lang] }))} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('permit.description')}
          extra={t('permit.descriptionHint')}
          dependencies={['reason']}
          rules={[{ required: reason === 'other', whitespace: true, message: t('permit.descriptionRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={2} showCount maxLength={1000} placeholder={t('permit.descriptionPlaceholder')} />
        </Form.Item>
        <Form.Item name="scenarios" label={t('permit.scenarios')} extra={t('permit.scenariosHint')} rules={[{ required: true, type: 'array', min: 1, message: t('permit.scenariosRequired') }]}>
          <Checkbox.Group style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '6px 16px' }}>
            {PERMITTABLE_SCENARIOS.map((s) => (
              <Checkbox key={s} value={s}>
                {SCENARIO_LABELS[s][lang]}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="period"
          label={t('permit.period')}
          extra={t('permit.periodHint', { days: PERMISSION_MAX_DAYS })}
          rules={[
            { required: true, message: t('permit.periodRequired') },
            {
              validator: fieldCheck<[Dayjs, Dayjs]>((v) =>
                v && Math.round((v[1].startOf('day').valueOf() - v[0].startOf('day').valueOf()) / DAY_MS) + 1 > PERMISSION_MAX_DAYS ? t('permit.periodTooLong', { days: PERMISSION_MAX_DAYS }) : null,
              ),
            },
          ]}
        >
          <DatePicker.RangePicker format={DATE_FORMAT} placeholder={[t('permit.from'), t('permit.to')]} disabledDate={(day) => day.format(DATE_FORMAT) < today} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
