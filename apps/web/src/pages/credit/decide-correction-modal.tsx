import { Alert, App, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { api, type Correction } from '../../api/endpoints.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { correctionGroundText, correctionKindText, daysLeftText } from '../../i18n/correction-texts.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

interface DecideValues {
  outcome?: 'grant' | 'dismiss';
  note?: string;
}

interface Props {
  correction: Correction;
  onClose: () => void;
  onDecided: (decided: Correction) => void;
  onReload: () => void;
}

/**
 * 审查 a correction request (失信规定 art. 12: upheld → corrected or deleted within 3 working days;
 * dismissed → reconsideration within 10 days) or, at the higher court, an application for
 * reconsideration (upheld → the decision is quashed; dismissed → final).
 */
export function DecideCorrectionModal({ correction: c, onClose, onDecided, onReload }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const reconsideration = c.kind === 'reconsideration';
  const outcome = Form.useWatch<DecideValues['outcome']>('outcome', form);
  const kind = correctionKindText(c, i18n);

  const submit = async (v: DecideValues) => {
    await run(async () => {
      if (!v.outcome) return;
      const decided = await api.decideCorrection(c.id, { grant: v.outcome === 'grant', note: (v.note ?? '').trim() });
      if (decided.status === 'granted') void message.success(reconsideration ? t('correction.quashedDone') : t('correction.grantedDone', { date: formatDate(decided.fixDueOn) }));
      else void message.success(decided.reconsiderationApplyBy ? t('correction.dismissedApplyBy', { date: formatDate(decided.reconsiderationApplyBy) }) : t('correction.dismissedDone'));
      onDecided(decided);
    });
  };

  return (
    <Modal
      open
      title={t('correction.decideTitle', { kind, number: c.documentNumber })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('correction.submitDecision')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t(reconsideration ? 'correction.decideReconsiderationHint' : 'correction.decideHint')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t('correction.cannotDecide')}
          onRefresh={() => {
            onClose();
            onReload();
          }}
        />
      ) : null}
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          { key: 'kind', label: t('correction.col.kind'), children: kind },
          { key: 'case', label: t('cases.col.caseNumber'), children: c.caseNumber },
          { key: 'number', label: t('credit.documentNumber'), children: <span className="zx-mono">{c.documentNumber}</span> },
          { key: 'applicant', label: t('correction.applicant'), children: c.applicantName },
          { key: 'ground', label: t('correction.ground'), children: correctionGroundText(c.ground, i18n) },
          { key: 'reason', label: t('correction.reason'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{c.reason}</span> },
          { key: 'received', label: t('correction.receivedOn'), children: formatDate(c.receivedOn) },
          { key: 'due', label: t('correction.col.dueOn'), children: c.status === 'pending' ? t('common.labelWithDate', { label: formatDate(c.reviewDueOn), date: daysLeftText(c.daysLeft, i18n) }) : formatDate(c.reviewDueOn) },
        ]}
      />
      <Form<DecideValues> form={form} name="decideCorrection" layout="vertical" disabled={submitting} onFinish={(v) => void submit(v)}>
        <Form.Item
          name="outcome"
          label={t('correction.outcome')}
          rules={[{ required: true, message: t('correction.outcome.required') }]}
          extra={outcome === 'grant' ? t(reconsideration && c.ground === 'exitRestriction' ? 'correction.outcome.quashHint' : 'correction.outcome.grantHint') : undefined}
        >
          <Radio.Group
            options={[
              { value: 'grant', label: t('correction.outcome.grant') },
              { value: 'dismiss', label: t('correction.outcome.dismiss') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('correction.note')} rules={[{ required: true, whitespace: true, min: 2, message: t('correction.noteRequired') }, { max: 4000 }]}>
          <Input.TextArea rows={3} showCount maxLength={4000} placeholder={t('correction.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
