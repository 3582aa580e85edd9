import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { fundsApi, type CasePayout } from './funds-api.js';
import { formatFen } from './network-inquiry-values.js';
import { FundPayoutSummary } from './fund-payout-summary.js';

interface PaymentValues {
  bankSerial?: string;
  paidOn?: Dayjs;
}

interface Props {
  payout: CasePayout & { caseNumber?: string };
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/** 登记付款: finance paid an approved payment from the special account; the receipts it pays stop counting days. */
export function FundPaymentModal({ payout: p, onClose, onDone, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const today = todayCst();

  const submit = async (v: PaymentValues) => {
    await run(async () => {
      await fundsApi.payPayout(p.id, { bankSerial: (v.bankSerial ?? '').trim(), ...(v.paidOn ? { paidOn: v.paidOn.format(DATE_FORMAT) } : {}) });
      void message.success(t('funds.paymentDialog.done'));
      onDone();
    });
  };

  return (
    <Modal
      open
      title={t('funds.paymentDialog.title', { payee: p.payeeName, amount: formatFen(p.amountFen) })}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('funds.paymentDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="fund-payment">
        <Alert type="info" showIcon title={t('funds.paymentDialog.hint')} style={{ marginBottom: 16 }} />
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
        <Form<PaymentValues> form={form} name="fund-payment" layout="vertical" disabled={submitting} initialValues={{ paidOn: dayjs(today) }} onFinish={(v) => void submit(v)} onKeyDown={keepEnterInDatePicker}>
          <Form.Item name="bankSerial" label={t('funds.paymentDialog.bankSerial')} rules={[{ required: true, whitespace: true, message: t('funds.paymentDialog.bankSerialRequired') }, { max: 80 }]}>
            <Input maxLength={80} autoComplete="off" className="zx-mono" style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="paidOn" label={t('funds.paymentDialog.paidOn')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} allowClear={false} disabledDate={(day) => day.format(DATE_FORMAT) > today} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
