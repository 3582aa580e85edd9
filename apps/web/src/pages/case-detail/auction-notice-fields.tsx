import { Button, Col, DatePicker, Form, Input, Radio, Row, type FormInstance, type FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { auctionNoticeDays } from '@zhixing/contracts';
import type { PublishNoticeBody } from '../../api/endpoints.js';
import { DATE_FORMAT, formatInstant, todayCst } from '../../format/date.js';
import { normaliseYuan } from '../../format/money.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import { fieldCheck } from '../../components/field-check.js';
import { AmountInput } from './fund-amount-field.js';
import { yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';

type AuctionBody = Extract<PublishNoticeBody, { kind: 'auction' }>;
export type AuctionPropertyKind = AuctionBody['propertyKind'];
export const AUCTION_PROPERTY_KINDS: readonly AuctionPropertyKind[] = ['movable', 'realEstate', 'otherRight'];

export interface AuctionValues {
  debtorPartyId?: string;
  propertyKind?: AuctionPropertyKind;
  round?: 1 | 2;
  previousStartingPrice?: string;
  description?: string;
  valuation?: string;
  startingPrice?: string;
  deposit?: string;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  platform?: string;
}

// The rules of 网络司法拍卖规定 as the dialog previews them (the server checks them again and its
// answer decides; domain portal/public-notices.ts). Amounts are integer fen throughout.

/** The lowest lawful starting price: 70 % of the valuation (art. 10), and 80 % of the previous one for a re-auction (art. 26). */
export const lowestStartingFen = (valuationFen: number | null, previousFen: number | null): number => Math.max(valuationFen ? Math.ceil((valuationFen * 7) / 10) : 0, previousFen ? Math.ceil((previousFen * 8) / 10) : 0);
/** The lawful deposit: 5 %–20 % of the starting price (art. 17). */
export const depositRange = (startingFen: number): { min: number; max: number } => ({ min: Math.ceil(startingFen / 20), max: Math.floor(startingFen / 5) });
/** The first civil day bidding may open on, counted from today in China Standard Time. */
export const earliestStartDay = (kind: AuctionPropertyKind, round: 1 | 2, today = todayCst()): string => dayjs(today).add(auctionNoticeDays(kind, round), 'day').format(DATE_FORMAT);

/** What the server is sent: instants with their offset, amounts as two-decimal yuan. */
export function auctionBody(v: AuctionValues): AuctionBody | null {
  if (!v.debtorPartyId || !v.propertyKind || !v.startsAt || !v.endsAt) return null;
  const round = v.round ?? 1;
  return {
    kind: 'auction',
    debtorPartyId: v.debtorPartyId,
    propertyKind: v.propertyKind,
    round,
    description: (v.description ?? '').trim(),
    valuation: normaliseYuan(v.valuation ?? ''),
    startingPrice: normaliseYuan(v.startingPrice ?? ''),
    ...(round === 2 && v.previousStartingPrice ? { previousStartingPrice: normaliseYuan(v.previousStartingPrice) } : {}),
    deposit: normaliseYuan(v.deposit ?? ''),
    startsAt: v.startsAt.second(0).millisecond(0).format(),
    endsAt: v.endsAt.second(0).millisecond(0).format(),
    platform: (v.platform ?? '').trim(),
  };
}

const amountRule = (t: Translate): FormRule => ({ required: true, validator: fieldCheck<string>((v) => (yuanToFen(v) === null ? t('notices.form.amountInvalid') : null)) });
/** A rule broken shows as a warning under its field; the form is still sent, and the server's refusal is what counts. */
const warnIf = (check: (form: FormInstance<AuctionValues>) => string | null) => (form: FormInstance<AuctionValues>): FormRule => ({ warningOnly: true, validator: fieldCheck<unknown>(() => check(form)) });
const fenOf = (form: FormInstance<AuctionValues>, name: 'valuation' | 'startingPrice' | 'previousStartingPrice' | 'deposit'): number | null => yuanToFen(form.getFieldValue(name) as string | undefined);

/** 拍卖公告's own fields: the property, the prices with the lawful bounds worked out, and the bidding period. */
export function AuctionNoticeFields() {
  const { t, lang } = useI18n();
  const form = Form.useFormInstance<AuctionValues>();
  const kind = Form.useWatch('propertyKind', form);
  const round = Form.useWatch('round', form) ?? 1;
  const valuationFen = yuanToFen(Form.useWatch('valuation', form));
  const previousFen = round === 2 ? yuanToFen(Form.useWatch('previousStartingPrice', form)) : null;
  const startingFen = yuanToFen(Form.useWatch('startingPrice', form));
  const lowest = lowestStartingFen(valuationFen, previousFen);
  const deposit = startingFen ? depositRange(startingFen) : null;
  const earliest = kind ? earliestStartDay(kind, round) : null;
  const today = todayCst();

  const startingRule = warnIf((f) => {
    const s = fenOf(f, 'startingPrice');
    const valuation = fenOf(f, 'valuation');
    if (s === null) return null;
    if (valuation !== null && s * 10 < valuation * 7) return t('notices.rule.startingPrice');
    if (f.getFieldValue('round') === 2) {
      const previous = fenOf(f, 'previousStartingPrice');
      if (previous !== null && s * 10 < previous * 8) return t('notices.rule.reduction');
    }
    return null;
  });
  const depositRule = warnIf((f) => {
    const s = fenOf(f, 'startingPrice');
    const d = fenOf(f, 'deposit');
    return s !== null && d !== null && (d * 20 < s || d * 5 > s) ? t('notices.rule.deposit') : null;
  });
  const startRule = warnIf((f) => {
    const k = f.getFieldValue('propertyKind') as AuctionPropertyKind | undefined;
    const r = (f.getFieldValue('round') as 1 | 2 | undefined) ?? 1;
    const starts = f.getFieldValue('startsAt') as Dayjs | null | undefined;
    if (!k || !starts) return null;
    const first = earliestStartDay(k, r);
    return formatInstant(starts.toISOString()).slice(0, 10) < first ? t('notices.rule.noticePeriod', { date: first, article: r === 2 ? '二十六' : '十二', n: r === 2 ? 26 : 12 }) : null;
  });
  const biddingRule = warnIf((f) => {
    const starts = f.getFieldValue('startsAt') as Dayjs | null | undefined;
    const ends = f.getFieldValue('endsAt') as Dayjs | null | undefined;
    return starts && ends && ends.diff(starts, 'minute') < 24 * 60 ? t('notices.rule.bidding') : null;
  });

  const fillEarliest = () => {
    if (!earliest) return;
    const starts = dayjs(`${earliest}T10:00:00+08:00`);
    form.setFieldsValue({ startsAt: starts, endsAt: starts.add(1, 'day') });
    void form.validateFields(['startsAt', 'endsAt']).catch(() => undefined);
  };

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="propertyKind" label={t('notices.form.propertyKind')} rules={[{ required: true, message: t('notices.form.propertyKindRequired') }]}>
            <Radio.Group options={AUCTION_PROPERTY_KINDS.map((k) => ({ value: k, label: t(`notices.property.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="round" label={t('notices.form.round')}>
            <Radio.Group
              options={[
                { value: 1, label: t('notices.form.round1') },
                { value: 2, label: t('notices.form.round2') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('notices.form.description')} rules={[{ required: true, whitespace: true, message: t('notices.form.descriptionRequired') }, { max: 2000 }]}>
        <Input.TextArea rows={2} showCount maxLength={2000} placeholder={t('notices.form.descriptionPlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="valuation" label={t('notices.form.valuation')} required rules={[amountRule(t)]}>
            <AmountInput lang={lang} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {round === 2 ? (
          <Col xs={24} sm={12}>
            <Form.Item name="previousStartingPrice" label={t('notices.form.previousStartingPrice')} required rules={[{ required: true, validator: fieldCheck<string>((v) => (yuanToFen(v) === null ? t('notices.rule.previousRequired') : null)) }]}>
              <AmountInput lang={lang} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} sm={12}>
          <Form.Item
            name="startingPrice"
            label={t('notices.form.startingPrice')}
            required
            dependencies={['valuation', 'previousStartingPrice', 'round']}
            extra={lowest > 0 ? t('notices.form.startingPriceHint', { amount: formatFen(lowest) }) : undefined}
            rules={[amountRule(t), startingRule(form)]}
          >
            <AmountInput lang={lang} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="deposit"
            label={t('notices.form.deposit')}
            required
            dependencies={['startingPrice']}
            extra={deposit && deposit.min <= deposit.max ? t('notices.form.depositHint', { min: formatFen(deposit.min), max: formatFen(deposit.max) }) : undefined}
            rules={[amountRule(t), depositRule(form)]}
          >
            <AmountInput lang={lang} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startsAt"
            label={t('notices.form.startsAt')}
            dependencies={['propertyKind', 'round']}
            extra={
              kind && earliest ? (
                <>
                  {t('notices.form.startsAtHint', { days: auctionNoticeDays(kind, round), date: earliest })}{' '}
                  <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={fillEarliest}>
                    {t('notices.form.useEarliest')}
                  </Button>
                </>
              ) : undefined
            }
            rules={[{ required: true, message: t('notices.form.startsAtRequired') }, startRule(form)]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} disabledDate={(day) => day.format(DATE_FORMAT) < today} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="endsAt" label={t('notices.form.endsAt')} dependencies={['startsAt']} extra={t('notices.form.endsAtHint')} rules={[{ required: true, message: t('notices.form.endsAtRequired') }, biddingRule(form)]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" needConfirm={false} disabledDate={(day) => day.format(DATE_FORMAT) < today} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="platform" label={t('notices.form.platform')} rules={[{ required: true, whitespace: true, message: t('notices.form.platformRequired') }, { max: 100 }]}>
        <Input maxLength={100} autoComplete="off" style={{ width: 320 }} />
      </Form.Item>
    </>
  );
}
