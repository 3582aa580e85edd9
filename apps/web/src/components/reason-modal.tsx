import type { ReactNode } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import { useRevalidateOnLanguage } from '../hooks/use-revalidate-on-language.js';
import { ActErrorAlert } from './problems-alert.js';
import { useFormSubmit } from '../hooks/use-form-submit.js';
import { DialogFooter } from './dialog-footer.js';

export interface ReasonTexts {
  title: string;
  hint: string;
  label: string;
  placeholder: string;
  required: string;
  submit: string;
  refused: string;
}

interface Props {
  texts: ReasonTexts;
  /** What is being undone, shown above the reason. */
  summary?: ReactNode;
  /** Form name: the field's id is `${name}_reason`. */
  name: string;
  maxLength?: number;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
  onReload: () => void;
}

/**
 * Undo an act with a reason that goes on the audit chain (revoke a permit, unbind a document):
 * what it is, what follows, one required reason, and the server's refusal shown in the dialog.
 */
export function ReasonModal({ texts, summary, name, maxLength = 1000, onSubmit, onClose, onReload }: Props) {
  const [form] = Form.useForm<{ reason?: string }>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);

  const submit = async ({ reason }: { reason?: string }) => {
    await run(async () => {
      await onSubmit((reason ?? '').trim());
    });
  };

  return (
    <Modal
      open
      title={texts.title}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger>
          {texts.submit}
        </DialogFooter>
      }
    >
      <Alert type="warning" showIcon title={texts.hint} style={{ marginBottom: 16 }} />
      {error ? (
        <ActErrorAlert
          error={error}
          refusedTitle={texts.refused}
          onRefresh={() => {
            onClose();
            onReload();
          }}
        />
      ) : null}
      {summary ? <div style={{ marginBottom: 16 }}>{summary}</div> : null}
      <Form form={form} name={name} layout="vertical" disabled={submitting} onFinish={(v) => void submit(v)}>
        <Form.Item name="reason" label={texts.label} rules={[{ required: true, whitespace: true, min: 2, message: texts.required }, { max: maxLength }]}>
          <Input.TextArea rows={3} showCount maxLength={maxLength} placeholder={texts.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
