import { Alert, App, Form, Input, Modal, Select } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { fundsApi } from './funds-api.js';
import { payees } from './funds-values.js';
import { yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';
import { AmountInput, amountRules } from './fund-amount-field.js';

interface PayoutValues {
  payeePartyId?: string;
  amount?: string;
  account?: string;
  note?: string;
}

const NOTE_MAX = 500;

interface Props {
  caseId: string;
  parties: CaseDetailReply['parties'];
  /** What the case account holds free: no more can be proposed. */
  availableFen: number;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/**
 * 拟发放: the handler accounts for the funds and proposes paying an applicant (法发〔2017〕6号); the
 * bureau head or the president in charge approves it, then finance pays.
 */
export function FundPayoutModal({ caseId, parties, availableFen, onClose, onDone, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PayoutValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const applicants = payees(parties);

  const submit = async (v: PayoutValues) => {
    const amountFen = yuanToFen(v.amount);
    if (amountFen === null || !v.payeePartyId) return;
    await run(async () => {
      const proposed = await fundsApi.proposePayout(caseId, { payeePartyId: v.payeePartyId ?? '', amountFen, account: (v.account ?? '').trim(), note: (v.note ?? '').trim() });
      void message.success(t('funds.payoutDialog.done', { payee: proposed.payeeName, amount: formatFen(proposed.amountFen) }));
      onDone();
    });
  };

  return (
    <Modal
      open
      title={t('funds.payoutDialog.title')}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} disabled={applicants.length === 0}>
          {t('funds.payoutDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="fund-payout">
        <Alert type="info" showIcon title={t('funds.payoutDialog.hint')} style={{ marginBottom: 16 }} />
        {applicants.length === 0 ? <Alert type="warning" showIcon title={t('funds.payoutDialog.noApplicant')} style={{ marginBottom: 16 }} /> : null}
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
        <Form<PayoutValues>
          form={form}
          name="fund-payout"
          layout="vertical"
          disabled={submitting}
          initialValues={{ payeePartyId: applicants.length === 1 ? applicants[0]?.id : undefined }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item name="payeePartyId" label={t('funds.payoutDialog.payee')} rules={[{ required: true, message: t('funds.payoutDialog.payeeRequired') }]}>
            <Select style={{ width: 320 }} options={applicants.map((p) => ({ value: p.id, label: [p.name, p.idNumberMasked ?? p.creditCode].filter(Boolean).join('  ') }))} />
          </Form.Item>
          <Form.Item name="amount" label={t('funds.amount')} required extra={t('funds.availableNow', { amount: formatFen(availableFen) })} rules={amountRules(t, availableFen)}>
            <AmountInput lang={lang} />
          </Form.Item>
          <Form.Item name="account" label={t('funds.payoutDialog.account')} rules={[{ required: true, whitespace: true, message: t('funds.payoutDialog.accountRequired') }, { max: 100 }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name="note" label={t('funds.payoutDialog.note')} rules={[{ max: NOTE_MAX }]}>
            <Input.TextArea rows={2} showCount maxLength={NOTE_MAX} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
