import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { fundsApi, type ReceiptBody } from './funds-api.js';
import { yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';
import { AmountInput, amountRules } from './fund-amount-field.js';

interface ReceiptValues {
  amount?: string;
  channel?: ReceiptBody['channel'];
  payer?: string;
  bankSerial?: string;
  arrivalOn?: Dayjs;
}

const CHANNELS = ['voluntary', 'auction', 'other'] as const satisfies readonly ReceiptBody['channel'][];

interface Props {
  caseId: string;
  /** The payer most receipts come from: the case's only debtor, if it has one. */
  suggestedPayer: string | undefined;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/**
 * 登记到账: money that arrived in the special account for the case other than by a bank's
 * deduction (the bank's reply books that). Its 30-day clock starts on the arrival date.
 */
export function FundReceiptModal({ caseId, suggestedPayer, onClose, onDone, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const today = todayCst();

  const submit = async (v: ReceiptValues) => {
    const amountFen = yuanToFen(v.amount);
    if (amountFen === null || !v.channel) return;
    await run(async () => {
      await fundsApi.recordReceipt(caseId, {
        amountFen,
        channel: v.channel ?? 'voluntary',
        payer: (v.payer ?? '').trim(),
        bankSerial: (v.bankSerial ?? '').trim(),
        ...(v.arrivalOn ? { arrivalOn: v.arrivalOn.format(DATE_FORMAT) } : {}),
      });
      void message.success(t('funds.receiptDialog.done', { amount: formatFen(amountFen) }));
      onDone();
    });
  };

  return (
    <Modal
      open
      title={t('funds.receiptDialog.title')}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('funds.receiptDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="fund-receipt">
        <Alert type="info" showIcon title={t('funds.receiptDialog.hint')} style={{ marginBottom: 16 }} />
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
        <Form<ReceiptValues>
          form={form}
          name="fund-receipt"
          layout="vertical"
          disabled={submitting}
          initialValues={{ channel: 'voluntary', payer: suggestedPayer, arrivalOn: dayjs(today) }}
          onFinish={(v) => void submit(v)}
          onKeyDown={keepEnterInDatePicker}
        >
          <Form.Item name="amount" label={t('funds.amount')} required rules={amountRules(t, null)}>
            <AmountInput lang={lang} />
          </Form.Item>
          <Form.Item name="channel" label={t('funds.receiptDialog.channel')} rules={[{ required: true }]}>
            <Radio.Group optionType="button" options={CHANNELS.map((c) => ({ value: c, label: t(`funds.channel.${c}`) }))} />
          </Form.Item>
          <Form.Item name="payer" label={t('funds.receiptDialog.payer')} rules={[{ required: true, whitespace: true, message: t('funds.receiptDialog.payerRequired') }, { max: 200 }]}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="bankSerial"
            label={t('funds.receiptDialog.bankSerial')}
            extra={t('funds.receiptDialog.bankSerialHint')}
            rules={[{ required: true, whitespace: true, message: t('funds.receiptDialog.bankSerialRequired') }, { max: 80 }]}
          >
            <Input maxLength={80} autoComplete="off" className="zx-mono" style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="arrivalOn" label={t('funds.receiptDialog.arrivalOn')} extra={t('funds.receiptDialog.arrivalOnHint')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} allowClear={false} disabledDate={(day) => day.format(DATE_FORMAT) > today} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
