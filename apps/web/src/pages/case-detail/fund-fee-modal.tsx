import { Alert, App, Form, Input, Modal } from 'antd';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { fundsApi } from './funds-api.js';
import { yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';
import { AmountInput, amountRules } from './fund-amount-field.js';

interface FeeValues {
  amount?: string;
  item?: string;
}

interface Props {
  caseId: string;
  /** What the case account holds free: no more can be taken. */
  availableFen: number;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/** 扣收执行费用: court costs taken from the case funds before payment (诉讼费用交纳办法 art. 14). */
export function FundFeeModal({ caseId, availableFen, onClose, onDone, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FeeValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);

  const submit = async (v: FeeValues) => {
    const amountFen = yuanToFen(v.amount);
    if (amountFen === null) return;
    await run(async () => {
      await fundsApi.deductFee(caseId, { amountFen, item: (v.item ?? '').trim() });
      void message.success(t('funds.feeDialog.done', { amount: formatFen(amountFen) }));
      onDone();
    });
  };

  return (
    <Modal
      open
      title={t('funds.feeDialog.title')}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('funds.feeDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="fund-fee">
        <Alert type="info" showIcon title={t('funds.feeDialog.hint')} style={{ marginBottom: 16 }} />
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
        <Form<FeeValues> form={form} name="fund-fee" layout="vertical" disabled={submitting} initialValues={{ item: t('funds.feeDialog.itemDefault') }} onFinish={(v) => void submit(v)}>
          <Form.Item name="amount" label={t('funds.amount')} required extra={t('funds.availableNow', { amount: formatFen(availableFen) })} rules={amountRules(t, availableFen)}>
            <AmountInput lang={lang} />
          </Form.Item>
          <Form.Item name="item" label={t('funds.feeDialog.item')} rules={[{ required: true, whitespace: true, message: t('funds.feeDialog.itemRequired') }, { max: 100 }]}>
            <Input maxLength={100} autoComplete="off" style={{ width: 320 }} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
