import { DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import { DATE_FORMAT } from '../../format/date.js';
import { fieldCheck } from '../../components/field-check.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatFen } from '../case-detail/network-inquiry-values.js';
import type { ControlRequestAct } from './desk-api.js';
import { answersAmount, fenOf, isOrder, outcomesFor, type DeskAnswerValues } from './desk-values.js';
import { outcomeLabel } from './desk-labels.js';

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 16 } as const;
const HINT = { fontSize: 12, color: 'rgba(0,0,0,0.62)', marginInlineStart: 6 } as const;

/**
 * 办理结果 of a control: done (with the institution's reference, what was actually held or paid
 * over, and when it took effect), done in part, waiting behind other courts (轮候), or not done
 * with the reason. Only the outcomes the act can have are offered.
 */
export function DeskControlFields({ act, askedFen }: { act: ControlRequestAct; askedFen: number | null }) {
  const { t } = useI18n();
  const outcome = Form.useWatch<DeskAnswerValues['outcome']>('outcome');
  const done = outcome === 'done' || outcome === 'partial';
  const amountNeeded = act === 'deduct' || outcome === 'partial' || (act === 'freeze' && askedFen === null);

  const amountCheck = fieldCheck<string>((v) => {
    const typed = (v ?? '').trim();
    if (!typed) return amountNeeded ? t('desk.amount.nonZero') : null;
    const fen = fenOf(typed);
    if (fen === null) return t('desk.amount.nonZero');
    if (askedFen !== null && outcome === 'partial' && fen >= askedFen) return t('desk.amount.partialBelow', { amount: formatFen(askedFen) });
    if (askedFen !== null && fen > askedFen) return t('desk.amount.aboveAsked', { amount: formatFen(askedFen) });
    return null;
  });

  return (
    <>
      <Form.Item name="outcome" label={t('desk.control.outcome')} rules={[{ required: true, message: t('desk.control.outcome.required') }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {outcomesFor(act).map((o) => (
            <Radio key={o} value={o}>
              {outcomeLabel(o, t)}
              {o === 'partial' ? <span style={HINT}>{t('desk.outcome.partial.hint')}</span> : null}
              {o === 'waiting' ? <span style={HINT}>{t('desk.outcome.waiting.hint')}</span> : null}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {done || outcome === 'waiting' ? (
        <div style={GRID}>
          <Form.Item name="controlRef" label={t('desk.control.controlRef')} extra={t('desk.control.controlRef.hint')} rules={[{ max: 80 }]}>
            <Input autoComplete="off" maxLength={80} placeholder={t('common.optional')} className="zx-mono" />
          </Form.Item>
          {done && answersAmount(act) ? (
            <Form.Item
              name="amount"
              label={t(act === 'deduct' ? 'desk.control.amount.deduct' : 'desk.control.amount.freeze')}
              required={amountNeeded}
              extra={askedFen !== null ? t('desk.control.amount.asked', { amount: formatFen(askedFen) }) : t('desk.control.amount.askedWhole')}
              dependencies={['outcome']}
              rules={[{ validator: amountCheck }]}
            >
              <Input inputMode="decimal" autoComplete="off" suffix={t('desk.yuan')} className="zx-amount" />
            </Form.Item>
          ) : null}
          {outcome === 'waiting' ? (
            <Form.Item name="queueAhead" label={t('desk.control.queueAhead')} extra={t('desk.control.queueAhead.hint')}>
              <InputNumber min={0} max={999} precision={0} style={{ width: '100%' }} placeholder={t('common.optional')} />
            </Form.Item>
          ) : null}
          {done && isOrder(act) ? (
            <Form.Item name="effectiveOn" label={t('desk.control.effectiveOn')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          ) : null}
          {done && (isOrder(act) || act === 'renew') ? (
            <Form.Item name="expiresOn" label={t('desk.control.expiresOn')} extra={t('desk.control.expiresOn.hint')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.optional')} />
            </Form.Item>
          ) : null}
        </div>
      ) : null}
      {outcome === 'refused' ? (
        <Form.Item name="reason" label={t('desk.control.reason')} rules={[{ required: true, whitespace: true, message: t('desk.control.reason.required') }, { max: 300 }]}>
          <Input.TextArea rows={3} maxLength={300} showCount placeholder={t('desk.control.reason.placeholder')} />
        </Form.Item>
      ) : null}
    </>
  );
}
