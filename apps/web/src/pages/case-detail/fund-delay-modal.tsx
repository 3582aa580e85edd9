import { Alert, App, Descriptions, Form, Input, Modal, Select } from 'antd';
import { DISBURSEMENT_DELAY_GROUNDS, DISBURSEMENT_DELAY_GROUND_LABELS, type DisbursementDelayGround } from '@zhixing/contracts/labels';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { fundsApi, type CaseReceipt } from './funds-api.js';
import { ReceiptStateTag } from './funds-tags.js';
import { formatFen } from './network-inquiry-values.js';

interface DelayValues {
  ground?: DisbursementDelayGround;
  note?: string;
}

const NOTE_MAX = 500;

interface Props {
  caseId: string;
  receipt: CaseReceipt & { caseNumber?: string };
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/**
 * 批准延缓发放: the bureau head or the president in charge approves delaying the payment of a
 * receipt on one of the five lawful grounds (法发〔2017〕6号); it no longer counts as overdue.
 */
export function FundDelayModal({ caseId, receipt: r, onClose, onDone, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DelayValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);

  const submit = async (v: DelayValues) => {
    if (!v.ground) return;
    const ground = v.ground;
    await run(async () => {
      await fundsApi.delay(caseId, r.transactionId, { ground, note: (v.note ?? '').trim() });
      void message.success(t('funds.delayDialog.done'));
      onDone();
    });
  };

  return (
    <Modal
      open
      title={t('funds.delayDialog.title', { amount: formatFen(r.amountFen), date: formatDate(r.arrivalOn) })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('funds.delayDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="fund-delay">
        <Alert type="info" showIcon title={t('funds.delayDialog.hint')} style={{ marginBottom: 16 }} />
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
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            ...(r.caseNumber ? [{ key: 'case', label: t('funds.col.case'), children: r.caseNumber }] : []),
            { key: 'payer', label: t('funds.col.payer'), children: t('funds.payerWithChannel', { payer: r.payer, channel: t(`funds.channel.${r.channel}`) }) },
            { key: 'settled', label: t('funds.col.settled'), children: <span className="zx-amount">{formatFen(r.settledFen)}</span> },
            { key: 'dueOn', label: t('funds.col.dueOn'), children: formatDate(r.dueOn) },
            { key: 'state', label: t('funds.col.state'), children: <ReceiptStateTag receipt={r} /> },
          ]}
        />
        <Form<DelayValues> form={form} name="fund-delay" layout="vertical" disabled={submitting} onFinish={(v) => void submit(v)}>
          <Form.Item name="ground" label={t('funds.delayDialog.ground')} rules={[{ required: true, message: t('funds.delayDialog.groundRequired') }]}>
            <Select
              options={DISBURSEMENT_DELAY_GROUNDS.map((g) => ({ value: g, label: DISBURSEMENT_DELAY_GROUND_LABELS[g][lang] }))}
              optionRender={(o) => <div style={{ whiteSpace: 'normal' }}>{o.label}</div>}
            />
          </Form.Item>
          <Form.Item name="note" label={t('funds.delayDialog.note')} rules={[{ required: true, whitespace: true, message: t('funds.delayDialog.noteRequired') }, { max: NOTE_MAX }]}>
            <Input.TextArea rows={3} showCount maxLength={NOTE_MAX} placeholder={t('funds.delayDialog.notePlaceholder')} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
