import { Alert, App, Descriptions, Form, Input, Modal } from 'antd';
import { api, type CreditDecision } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ENDING_GROUND_LABELS, SUBJECT_ROLE_LABELS } from '../../i18n/labels-credit.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

type Subject = CreditDecision['subjects'][number];

interface Props {
  decision: CreditDecision;
  subject: Subject;
  onClose: () => void;
  onLifted: (decision: CreditDecision) => void;
  onReload: () => void;
}

const GROUND = 'formerOfficerReplaced' as const;

/**
 * 解除该人员限制: a replaced former legal representative or principal officer is released from the
 * organisation's consumption restriction (善意文明执行意见 para. 17(2)); the order stays for the rest.
 */
export function LiftSubjectModal({ decision: d, subject: s, onClose, onLifted, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const ground = ENDING_GROUND_LABELS[GROUND];

  const submit = async ({ note }: { note?: string }) => {
    await run(async () => {
      const updated = await api.liftSubject(d.id, s.id, { ground: GROUND, note: (note ?? '').trim(), expectedVersion: d.version });
      void message.success(t('lift.done', { name: s.name }));
      onLifted(updated);
    });
  };

  return (
    <Modal
      open
      title={t('lift.title', { name: s.name })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger>
          {t('lift.submit')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t('lift.hint')} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={t('lift.cannot')}
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
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'number', label: t('credit.documentNumber'), children: <span className="zx-mono">{d.documentNumber}</span> },
          {
            key: 'person',
            label: t('lift.person'),
            children: (
              <span>
                {t('common.nameWithRole', { name: s.name, role: SUBJECT_ROLE_LABELS[s.role][lang] })}
                <span className="zx-mono" style={{ marginInlineStart: 8 }}>
                  {s.idNumberMasked ?? '—'}
                </span>
              </span>
            ),
          },
          {
            key: 'ground',
            label: t('lift.ground'),
            children: (
              <span>
                {ground?.[lang] ?? GROUND}
                <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{ground?.article}</div>
              </span>
            ),
          },
        ]}
      />
      <Form form={form} name="liftSubject" layout="vertical" disabled={submitting} onFinish={(v) => void submit(v)}>
        <Form.Item name="note" label={t('lift.note')} rules={[{ required: true, whitespace: true, min: 2, message: t('lift.noteRequired') }, { max: 2000 }]}>
          <Input.TextArea rows={3} showCount maxLength={2000} placeholder={t('lift.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
