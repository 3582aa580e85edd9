import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { api, type CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from '../../i18n/labels-credit.js';
import { keysOf } from '../../i18n/labels.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { DialogFooter } from '../../components/dialog-footer.js';

type Party = CaseDetailReply['parties'][number];

interface BindValues {
  docType?: DocumentType;
  docNumber?: string;
}

const TYPES = keysOf(DOCUMENT_TYPE_LABELS);

/** 绑定证件: a passport or other travel document of a person party, so checks by it find the person. */
export function BindDocumentModal({ caseId, party, onClose, onBound }: { caseId: string; party: Party; onClose: () => void; onBound: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<BindValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);

  const submit = async (v: BindValues) => {
    await run(async () => {
      if (!v.docType || !v.docNumber) return;
      await api.bindDocument(caseId, party.id, { docType: v.docType, docNumber: v.docNumber.trim().toUpperCase() });
      void message.success(t('document.boundDone', { name: party.name }));
      onBound();
    });
  };

  return (
    <Modal
      open
      title={t('document.bindTitle', { name: party.name })}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('document.bindSubmit')}
        </DialogFooter>
      }
    >
      <Alert type="info" showIcon title={t('document.bindHint')} style={{ marginBottom: 16 }} />
      {error ? <ErrorAlert error={error} title={t('document.cannotBind')} /> : null}
      <Form<BindValues> form={form} name="bindDocument" layout="vertical" disabled={submitting} initialValues={{ docType: 'passport' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="docType" label={t('document.type')} rules={[{ required: true, message: t('document.typeRequired') }]}>
          <Select options={TYPES.map((d) => ({ value: d, label: DOCUMENT_TYPE_LABELS[d][lang] }))} />
        </Form.Item>
        <Form.Item
          name="docNumber"
          label={t('document.number')}
          extra={t('document.numberHint')}
          normalize={(v: string | undefined) => v?.toUpperCase()}
          rules={[{ required: true, pattern: /^\s*[0-9A-Za-z]{5,30}\s*$/, message: t('document.numberRequired') }]}
        >
          <Input autoComplete="off" maxLength={30} className="zx-mono" style={{ width: 260 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
