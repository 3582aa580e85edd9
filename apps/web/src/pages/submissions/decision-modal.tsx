import { Alert, Descriptions, Form, Input, Modal, Radio, Space } from 'antd';
import { isVersionConflict } from '../../api/error-text.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DaysLeft } from '../../components/days-left.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { submissionsApi, type DecidedSubmission, type DecisionBody, type Submission, type SubmissionAction } from './submissions-api.js';
import { actKey, dueForKey, formatSlot, hintKey, kindOneKey, replyLabelKey } from './submission-texts.js';

type Handling = 'fileCase' | 'answerOnly';

interface Values {
  handling?: Handling;
  reply?: string;
}

interface Props {
  submission: Submission;
  action: SubmissionAction;
  /** The user may file cases: an online filing request is answered by filing it. */
  mayFile: boolean;
  onClose: () => void;
  onDone: (decided: DecidedSubmission) => void;
  /** Someone acted on it meanwhile (409 VERSION_CONFLICT): the drawer says so and reloads. */
  onConflict: (error: unknown) => void;
}

/**
 * 立案 / 受理 / 确认, 答复 (for an online filing request: 立案并答复, the case filed from the
 * application in the same transaction) or 不予受理, with the text the submitter reads. The act
 * carries the version read, so two clerks cannot both act on one submission.
 */
export function DecisionModal({ submission: s, action, mayFile, onClose, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const offersFiling = action === 'answer' && s.kind === 'filingRequest' && mayFile;
  const handling = Form.useWatch<Handling | undefined>('handling', form) ?? (offersFiling ? 'fileCase' : 'answerOnly');
  const fileCase = offersFiling && handling === 'fileCase';
  const act = t(actKey(s.kind, action, { status: s.status, mayFile: fileCase }));
  const replyRequired = action !== 'register';
  const maxLength = action === 'register' ? 2000 : 4000;

  const submit = async (v: Values) => {
    await run(async () => {
      const reply = (v.reply ?? '').trim();
      const body: DecisionBody =
        action === 'register'
          ? { action, expectedVersion: s.version, ...(reply ? { reply } : {}) }
          : action === 'answer'
            ? { action, reply, fileCase, expectedVersion: s.version }
            : { action, reply, expectedVersion: s.version };
      try {
        onDone(await submissionsApi.decide(s.id, body));
      } catch (caught) {
        if (!isVersionConflict(caught)) throw caught;
        onConflict(caught);
      }
    });
  };

  /** Choosing to file puts the usual answer in an empty box; the clerk may change it. */
  const choose = (next: Handling) => {
    const reply = (form.getFieldValue('reply') as string | undefined) ?? '';
    const usual = t('submission.reply.fileCaseDefault');
    if (next === 'fileCase' && reply.trim() === '') form.setFieldValue('reply', usual);
    if (next === 'answerOnly' && reply === usual) form.setFieldValue('reply', '');
  };

  return (
    <Modal
      open
      title={t('submission.modal.title', { act, kind: t(kindOneKey(s.kind)), receipt: s.receiptNumber })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger={action === 'notAccept'}>
          {act}
        </DialogFooter>
      }
    >
      <Alert
        type={action === 'notAccept' ? 'warning' : 'info'}
        showIcon
        title={t(hintKey(s.kind, action, { status: s.status, fileCase }), { answerBy: formatDate(s.answerBy), slot: s.slot ? formatSlot(s.slot) : '—' })}
        style={{ marginBottom: 16 }}
      />
      {error ? <ActErrorAlert error={error} refusedTitle={t('submission.cannotAct')} onRefresh={onClose} /> : null}
      <Descriptions
        size="small"
        bordered
        column={1}
        style={{ marginBottom: 16 }}
        styles={{ label: { width: 110 } }}
        items={[
          { key: 'summary', label: t('submission.modal.summary'), children: s.summary },
          { key: 'submitter', label: t('submission.col.submitter'), children: t('common.nameWithRole', { name: s.submitter.name, role: t(`submission.role.${s.submitter.role}`) }) },
          ...(s.dueFor && s.dueBy && s.daysLeft !== null
            ? [
                {
                  key: 'due',
                  label: t(dueForKey(s.kind, s.dueFor)),
                  children: (
                    <Space size={6}>
                      {formatDate(s.dueBy)}
                      <DaysLeft daysLeft={s.daysLeft} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Form<Values>
        form={form}
        name="submissionDecision"
        layout="vertical"
        disabled={submitting}
        initialValues={offersFiling ? { handling: 'fileCase', reply: t('submission.reply.fileCaseDefault') } : {}}
        onFinish={(v) => void submit(v)}
      >
        {offersFiling ? (
          <Form.Item name="handling" label={t('submission.handling')}>
            <Radio.Group
              onChange={(e) => choose(e.target.value as Handling)}
              options={[
                { value: 'fileCase', label: t('submission.handling.fileCase') },
                { value: 'answerOnly', label: t('submission.handling.answerOnly') },
              ]}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="reply"
          label={t(replyLabelKey(s.kind, action, s.status))}
          rules={[...(replyRequired ? [{ required: true, whitespace: true, min: 2, message: t('submission.reply.required') }] : []), { max: maxLength }]}
        >
          <Input.TextArea rows={4} showCount maxLength={maxLength} placeholder={t(action === 'register' ? 'submission.reply.placeholder.register' : action === 'answer' ? 'submission.reply.placeholder.answer' : 'submission.reply.placeholder.notAccept')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
