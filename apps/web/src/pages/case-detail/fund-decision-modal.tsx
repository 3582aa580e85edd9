import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { fundsApi, type CasePayout } from './funds-api.js';
import { formatFen } from './network-inquiry-values.js';
import { FundPayoutSummary } from './fund-payout-summary.js';

interface DecisionValues {
  decision?: 'approve' | 'reject';
  note?: string;
}

const NOTE_MAX = 500;

interface Props {
  payout: CasePayout & { caseNumber?: string };
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/** 审批: the bureau head or the president in charge approves a proposed payment (it is then booked) or rejects it with the reason. */
export function FundDecisionModal({ payout: p, onClose, onDone, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const decision = Form.useWatch<DecisionValues['decision']>('decision', form);

  const submit = async (v: DecisionValues) => {
    const approve = v.decision === 'approve';
    await run(async () => {
      await fundsApi.decidePayout(p.id, { approve, note: (v.note ?? '').trim() });
      void message.success(t(approve ? 'funds.decisionDialog.approved' : 'funds.decisionDialog.rejected'));
      onDone();
    });
  };

  return (
    <Modal
      open
      title={t('funds.decisionDialog.title', { payee: p.payeeName, amount: formatFen(p.amountFen) })}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger={decision === 'reject'}>
          {t('funds.decisionDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="fund-decision">
        <Alert type="info" showIcon title={t('funds.decisionDialog.hint')} style={{ marginBottom: 16 }} />
        {error ? (
          <ActErrorAlert
            error={error}
            refusedTitle={t('funds.refused')}
            onRefresh={() => {
              onClose();
              onReload();
            }}
          />
        ) : null}
        <FundPayoutSummary payout={p} />
        <Form<DecisionValues> form={form} name="fund-decision" layout="vertical" disabled={submitting} initialValues={{ decision: 'approve' }} onFinish={(v) => void submit(v)}>
          <Form.Item name="decision" label={t('funds.decisionDialog.decision')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: 'approve', label: t('funds.decisionDialog.approve') },
                { value: 'reject', label: t('funds.decisionDialog.reject') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={t('funds.decisionDialog.note')}
            dependencies={['decision']}
            rules={[{ required: decision === 'reject', whitespace: true, message: t('funds.decisionDialog.noteRequired') }, { max: NOTE_MAX }]}
          >
            <Input.TextArea rows={2} showCount maxLength={NOTE_MAX} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
