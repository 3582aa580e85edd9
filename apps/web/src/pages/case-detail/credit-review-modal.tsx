import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, Modal, Space } from 'antd';
import { api, type CreditDecision } from '../../api/endpoints.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MEASURE_KIND_LABELS, SUBJECT_ROLE_LABELS } from '../../i18n/labels-credit.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { groundText, periodText, publishText } from '../../i18n/credit-texts.js';
import { DialogFooter } from '../../components/dialog-footer.js';

export type ReviewMode = 'approve' | 'refuse';

interface Props {
  decision: CreditDecision;
  mode: ReviewMode;
  onClose: () => void;
  onReviewed: (decision: CreditDecision) => void;
  onReload: () => void;
}

/** 院长签发 or 不予签发: signing re-checks the law on the day; a refusal states its reason. */
export function CreditReviewModal({ decision: d, mode, onClose, onReviewed, onReload }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const approve = mode === 'approve';

  const submit = async ({ reason }: { reason?: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      const reviewed = await api.reviewCredit(d.id, { approve, reason: approve ? null : (reason ?? '').trim(), expectedVersion: d.version });
      void message.success(t(approve ? 'credit.signed' : 'credit.refusedDone', { number: reviewed.documentNumber }));
      onReviewed(reviewed);
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={t(approve ? 'credit.review.signTitle' : 'credit.review.refuseTitle', { kind: MEASURE_KIND_LABELS[d.kind][lang] })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger={!approve}>
          {t(approve ? 'credit.sign' : 'credit.refuse')}
        </DialogFooter>
      }
    >
      <Alert type={approve ? 'info' : 'warning'} showIcon title={t(approve ? 'credit.review.signHint' : 'credit.review.refuseHint')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t('credit.review.cannotSign')}
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
          { key: 'number', label: t('credit.documentNumber'), children: <span className="zx-mono">{d.documentNumber}</span> },
          { key: 'debtor', label: t('credit.form.debtor'), children: d.debtor.name },
          ...(d.ground ? [{ key: 'ground', label: t('credit.form.ground'), children: groundText(d.ground, i18n) }] : []),
          { key: 'period', label: t('credit.term.period'), children: periodText(d, i18n) },
          { key: 'publish', label: t('credit.term.publishOn'), children: publishText(d, i18n) },
          { key: 'proposed', label: t('credit.proposedBy'), children: t('common.labelWithDate', { label: d.proposedBy?.displayName ?? '—', date: formatInstant(d.proposedAt) }) },
          {
            key: 'subjects',
            label: t('credit.subjects'),
            children: (
              <Space orientation="vertical" size={2}>
                {d.subjects.map((s) => (
                  <span key={s.id}>
                    {t('common.nameWithRole', { name: s.name, role: SUBJECT_ROLE_LABELS[s.role][lang] })}
                    <span className="zx-mono" style={{ marginInlineStart: 8 }}>
                      {s.idNumberMasked ?? s.creditCode ?? '—'}
                    </span>
                  </span>
                ))}
              </Space>
            ),
          },
          { key: 'facts', label: t('credit.form.facts'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{d.facts}</span> },
        ]}
      />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} disabled={submitting}>
        {approve ? null : (
          <Form.Item name="reason" label={t('credit.review.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('credit.review.reasonRequired') }, { max: 1000 }]}>
            <Input.TextArea rows={3} showCount maxLength={1000} placeholder={t('credit.review.reasonPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
