import type { CreditDecision } from '../api/endpoints.js';
import { formatDate } from '../format/date.js';
import type { I18n } from './i18n-context.js';
import { ENDING_GROUND_LABELS, LISTING_GROUND_LABELS, endingGroundsFor, type DecisionStatus, type ListingGround, type MeasureKind } from './labels-credit.js';
import { labelOf } from './labels.js';

type Texts = Pick<I18n, 't' | 'lang'>;

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** An item number as the law writes it: 三 in Chinese, 3 in English. */
export const itemNumber = (item: number, lang: 'zh' | 'en'): string => (lang === 'zh' && item < NUMERALS.length ? NUMERALS[item]! : String(item));

/** "1 month" / "3 months" (Chinese has no plural). */
export const monthsText = (n: number, { t }: Texts): string => t(n === 1 ? 'credit.term.oneMonth' : 'case.months', { n });
export const yearsText = (n: number, { t }: Texts): string => t(n === 1 ? 'credit.term.oneYear' : 'credit.term.years', { n });

/** A listing ground with its item of 失信规定 art. 1: 「第三项：…」. */
export const groundText = (ground: ListingGround, { t, lang }: Texts): string =>
  t('credit.groundItem', { item: itemNumber(LISTING_GROUND_LABELS[ground].item, lang), label: LISTING_GROUND_LABELS[ground][lang] });

/**
 * Why a decision was (or is to be) deleted or lifted, in the words of its own measure's rule (an
 * exit restriction's 'performedInFull' is art. 25, not the consumption rules); a ground the console
 * does not know shows as sent.
 */
export const endingGroundText = (ground: string, kind: MeasureKind, { lang }: Texts): string => {
  const own = endingGroundsFor(kind);
  return Object.hasOwn(own, ground) ? labelOf(own, ground, lang) : labelOf(ENDING_GROUND_LABELS, ground, lang);
};

/** How long a measure runs: a listing's years (or no fixed period under ground 1); a restriction until lifted. */
export function periodText(d: Pick<CreditDecision, 'kind' | 'periodYears' | 'expiresOn' | 'ground' | 'extensionYears'>, { t, lang }: Texts): string {
  if (d.kind !== 'dishonestListing') return t('credit.term.untilLifted');
  if (d.ground === 'ableButRefuses') return t('credit.term.noFixedPeriod');
  const years = d.periodYears ?? 2 + d.extensionYears;
  const period = yearsText(years, { t, lang });
  return d.expiresOn ? t('credit.term.yearsUntil', { period, date: formatDate(d.expiresOn) }) : t('credit.term.yearsFromPublication', { period });
}

/** When it is (or was) published; before signing, when it will be: at once, or after the grace period. */
export function publishText(d: Pick<CreditDecision, 'status' | 'publishOn' | 'gracePeriodMonths'>, { t, lang }: Texts): string {
  if (d.status === 'pendingApproval' || d.status === 'rejected') {
    return d.gracePeriodMonths > 0 ? t('credit.term.publishAfterGrace', { months: monthsText(d.gracePeriodMonths, { t, lang }) }) : t('credit.term.publishOnSigning');
  }
  return formatDate(d.publishOn);
}

/** The status as a clerk says it: 待院长签发, 宽限期至 …, 已发布, 已删除 / 已解除, 不予签发. */
export function statusText(d: { kind: MeasureKind; status: DecisionStatus; publishOn: string | null }, { t }: Texts): string {
  switch (d.status) {
    case 'pendingApproval':
      return t('credit.status.pendingApproval');
    case 'inGrace':
      return d.publishOn ? t('credit.status.inGraceUntil', { date: formatDate(d.publishOn) }) : t('credit.status.inGrace');
    case 'published':
      return t('credit.status.published');
    case 'removed':
      return t(d.kind === 'dishonestListing' ? 'credit.status.removed' : 'credit.status.lifted');
    case 'rejected':
      return t('credit.status.rejected');
  }
}

export const STATUS_COLOURS: Readonly<Record<DecisionStatus, string>> = {
  pendingApproval: 'orange',
  inGrace: 'gold',
  published: 'red',
  removed: 'default',
  rejected: 'default',
};
