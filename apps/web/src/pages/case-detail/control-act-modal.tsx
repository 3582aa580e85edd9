import { useState } from 'react';
import { Alert, App, Descriptions, Form, Input, InputNumber, Modal } from 'antd';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { fieldCheck } from '../../components/field-check.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { controlApi, type CaseControl, type ControlActBody } from './control-api.js';
import { controlStateText } from './control-tags.js';
import { fenToYuanInput, isDivisible, remainingFen, yuanToFen, type ControlActKind } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';

interface ActValues {
  termMonths?: number | null;
  amount?: string;
  reason?: string;
}

const REASON_MAX = 500;
const TERM_MAX = 36;

interface Props {
  caseId: string;
  control: CaseControl;
  act: ControlActKind;
  /** What the case still owes: a deduction may not exceed it. */
  outstandingFen: number;
  /** A part release suggested by the excess list (查封规定 art. 19 ¶2). */
  suggestedFen?: number | null;
  onClose: () => void;
  onDone: (control: CaseControl) => void;
  onReload: () => void;
}

/**
 * An act on a control in force: 续行 (a new term running on from the current expiry, 民诉法解释
 * art. 485), 解除 (whole, or part of a freeze, with the reason), 扣划 (pay frozen money over, up to
 * what is frozen and what is owed). Each issues its ruling and goes to the institution.
 */
export function ControlActModal({ caseId, control: c, act, outstandingFen, suggestedFen, onClose, onDone, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const remaining = remainingFen(c);
  const partRelease = act === 'release' && c.act === 'freeze' && c.state === 'inEffect' && isDivisible(c.propertyKind);
  const deductMax = remaining === null ? outstandingFen : Math.min(remaining, outstandingFen);
  const propertyName = `${PROPERTY_KINDS[c.propertyKind][lang]} ${c.propertyRef}`;

  const bodyOf = (v: ActValues): ControlActBody | null => {
    if (act === 'renew') return { act, ...(typeof v.termMonths === 'number' ? { termMonths: v.termMonths } : {}) };
    if (act === 'deduct') {
      const amountFen = yuanToFen(v.amount);
      return amountFen === null ? null : { act, amountFen };
    }
    const typed = (v.amount ?? '').trim();
    const amountFen = partRelease && typed !== '' ? yuanToFen(typed) : undefined;
    if (amountFen === null) return null;
    return { act, reason: (v.reason ?? '').trim(), ...(amountFen !== undefined ? { amountFen } : {}) };
  };

  const submit = async (v: ActValues) => {
    const body = bodyOf(v);
    if (!body) return;
    setSubmitting(true);
    setError(null);
    try {
      const updated = await controlApi.act(caseId, c.id, body);
      void message.success(t(`control.act.done.${act}`));
      onDone(updated);
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  const amountCheck = (required: boolean, max: number | null, tooBig: string) =>
    fieldCheck<string>((v) => {
      if ((v ?? '').trim() === '') return required ? t('control.order.amountInvalid') : null;
      const fen = yuanToFen(v);
      if (fen === null) return t('control.order.amountInvalid');
      return max !== null && (act === 'release' ? fen >= max : fen > max) ? tooBig : null;
    });

  const hint = act === 'renew' ? t('control.renew.hint', { renewBy: formatDate(c.renewBy) }) : act === 'release' ? t('control.release.hint') : t('control.deduct.hint');
  const suggested = act === 'release' && partRelease && suggestedFen ? fenToYuanInput(suggestedFen) : undefined;

  return (
    <Modal
      open
      title={t(`control.${act}.title`, { property: propertyName })}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger={act !== 'renew'}>
          {t(`control.${act}.submit`)}
        </DialogFooter>
      }
    >
      <div data-testid={`control-${act}`}>
        <Alert type={act === 'renew' ? 'info' : 'warning'} showIcon title={hint} style={{ marginBottom: 16 }} />
        {error ? (
          <ActErrorAlert
            error={error}
            refusedTitle={t('control.act.refused')}
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
            { key: 'institution', label: t('control.col.institution'), children: c.institutionName },
            { key: 'state', label: t('control.col.state'), children: controlStateText(c, t) },
            ...(c.act === 'freeze' && remaining !== null ? [{ key: 'held', label: t('control.col.amount'), children: <span className="zx-amount">{t('control.frozenNow', { amount: formatFen(remaining) })}</span> }] : []),
            ...(c.expiresOn ? [{ key: 'term', label: t('control.col.term'), children: t('control.renew.current', { date: formatDate(c.expiresOn) }) }] : []),
            { key: 'ruling', label: t('control.col.ruling'), children: c.rulingNumber },
          ]}
        />
        <Form<ActValues> form={form} name={`control-${act}`} layout="vertical" disabled={submitting} initialValues={suggested ? { amount: suggested } : {}} onFinish={(v) => void submit(v)} onValuesChange={() => setError(null)}>
          {act === 'renew' ? (
            <Form.Item name="termMonths" label={t('control.order.term')}>
              <InputNumber min={1} max={TERM_MAX} precision={0} placeholder={t('control.order.termPlaceholder')} style={{ width: 240 }} />
            </Form.Item>
          ) : null}
          {partRelease ? (
            <Form.Item
              name="amount"
              label={t('control.release.amount')}
              rules={[{ validator: amountCheck(false, remaining, t('control.release.amountTooBig', { amount: formatFen(remaining) })) }]}
            >
              <Input inputMode="decimal" autoComplete="off" placeholder={t('control.release.amountPlaceholder')} suffix={lang === 'zh' ? '元' : 'yuan'} className="zx-amount" style={{ width: 280 }} />
            </Form.Item>
          ) : null}
          {act === 'deduct' ? (
            <Form.Item
              name="amount"
              label={t('control.deduct.amount')}
              required
              extra={t('control.deduct.amountTooBig', { amount: formatFen(deductMax) })}
              rules={[{ validator: amountCheck(true, deductMax, t('control.deduct.amountTooBig', { amount: formatFen(deductMax) })) }]}
            >
              <Input inputMode="decimal" autoComplete="off" suffix={lang === 'zh' ? '元' : 'yuan'} className="zx-amount" style={{ width: 280 }} />
            </Form.Item>
          ) : null}
          {act === 'release' ? (
            <Form.Item name="reason" label={t('control.release.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('control.release.reasonRequired') }, { max: REASON_MAX }]}>
              <Input.TextArea rows={3} showCount maxLength={REASON_MAX} placeholder={t('control.release.reasonPlaceholder')} />
            </Form.Item>
          ) : null}
        </Form>
      </div>
    </Modal>
  );
}
