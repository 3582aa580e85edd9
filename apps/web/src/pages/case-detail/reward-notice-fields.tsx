import { DatePicker, Form, Input, InputNumber, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PublishNoticeBody } from '../../api/endpoints.js';
import { DATE_FORMAT, todayCst } from '../../format/date.js';
import { normaliseYuan } from '../../format/money.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fieldCheck } from '../../components/field-check.js';
import { AmountInput } from './fund-amount-field.js';
import { yuanToFen } from './control-values.js';

type RewardBody = Extract<PublishNoticeBody, { kind: 'reward' }>;

export interface RewardValues {
  debtorPartyId?: string;
  applicationReceivedOn?: Dayjs | null;
  termsKind?: 'fixed' | 'percent';
  amount?: string;
  percent?: number | null;
  conditions?: string;
  endsOn?: Dayjs | null;
}

/** The court decides on a reward application within 10 days of receiving it (财产调查规定 art. 21). */
const DECISION_DAYS = 10;
const CONDITIONS_MAX = 2000;

/** What the server is sent: the application's day, the terms (fixed yuan or a whole percentage) and the conditions. */
export function rewardBody(v: RewardValues): RewardBody | null {
  if (!v.debtorPartyId || !v.applicationReceivedOn) return null;
  const terms: RewardBody['terms'] = v.termsKind === 'percent' ? { kind: 'percent', percent: Number(v.percent) } : { kind: 'fixed', amount: normaliseYuan(v.amount ?? '') };
  return {
    kind: 'reward',
    debtorPartyId: v.debtorPartyId,
    applicationReceivedOn: v.applicationReceivedOn.format(DATE_FORMAT),
    terms,
    conditions: (v.conditions ?? '').trim(),
    ...(v.endsOn ? { endsOn: v.endsOn.format(DATE_FORMAT) } : {}),
  };
}

/** The first values of a reward notice: today's application, a fixed amount, the usual conditions. */
export const rewardDefaults = (conditions: string): RewardValues => ({ applicationReceivedOn: dayjs(todayCst()), termsKind: 'fixed', conditions });

/** 悬赏公告's own fields (财产调查规定 arts. 21–22): the application, the reward, its conditions, and an optional end. */
export function RewardNoticeFields() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<RewardValues>();
  const termsKind = Form.useWatch('termsKind', form) ?? 'fixed';
  const received = Form.useWatch('applicationReceivedOn', form);
  const today = todayCst();

  return (
    <>
      <Form.Item
        name="applicationReceivedOn"
        label={t('notices.form.applicationReceivedOn')}
        extra={
          <>
            {t('notices.form.applicationReceivedOnHint')} {received ? t('notices.form.decideBy', { date: received.add(DECISION_DAYS, 'day').format(DATE_FORMAT) }) : null}
          </>
        }
        rules={[{ required: true, message: t('notices.form.applicationRequired') }]}
      >
        <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.format(DATE_FORMAT) > today} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="termsKind" label={t('notices.form.terms')}>
        <Radio.Group
          options={[
            { value: 'fixed', label: t('notices.form.terms.fixed') },
            { value: 'percent', label: t('notices.form.terms.percent') },
          ]}
        />
      </Form.Item>
      {termsKind === 'fixed' ? (
        <Form.Item name="amount" label={t('notices.form.amount')} required rules={[{ required: true, validator: fieldCheck<string>((v) => (yuanToFen(v) === null ? t('notices.form.amountInvalid') : null)) }]}>
          <AmountInput lang={lang} />
        </Form.Item>
      ) : (
        <Form.Item
          name="percent"
          label={t('notices.form.percent')}
          extra={t('notices.form.percentHint')}
          required
          rules={[{ required: true, validator: fieldCheck<number | null>((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 50 ? null : t('notices.form.percentRequired'))) }]}
        >
          <InputNumber min={1} max={50} precision={0} suffix="%" style={{ width: 140 }} />
        </Form.Item>
      )}
      <Form.Item name="conditions" label={t('notices.form.conditions')} rules={[{ required: true, whitespace: true, message: t('notices.form.conditionsRequired') }, { max: CONDITIONS_MAX }]}>
        <Input.TextArea rows={3} showCount maxLength={CONDITIONS_MAX} />
      </Form.Item>
      <Form.Item name="endsOn" label={t('notices.form.endsOn')} extra={t('notices.form.endsOnHint')}>
        <DatePicker format={DATE_FORMAT} disabledDate={(day) => day.format(DATE_FORMAT) < today} style={{ width: 200 }} />
      </Form.Item>
    </>
  );
}
