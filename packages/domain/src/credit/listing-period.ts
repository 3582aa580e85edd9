/**
 * When a dishonest-list entry is published and when its period ends (失信规定 art. 2; 2019
 * 善意文明执行意见 on the grace period).
 */
import { addMonths } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { CPL_ART_266, GOOD_FAITH_OPINION, LISTING_RULES, zhNumeral } from './legal-sources.js';
import { LISTING_GROUND_LABELS } from './listing-grounds.js';
import type { ListingGround } from './listing-grounds.js';

/** 失信规定 art. 2 ¶1: grounds 2–6 are listed for 2 years … */
export const LISTING_BASE_PERIOD_YEARS = 2;
/** … which may be extended by 1 to 3 years. */
export const LISTING_MAX_EXTENSION_YEARS = 3;
/** 2019 善意文明执行意见: a grace period of 1 to 3 months before publication. */
export const LISTING_MAX_GRACE_MONTHS = 3;

export interface ListingTerms {
  /** null for ground 1: the entry lasts until a deletion ground of art. 10 arises (art. 2). */
  periodYears: number | null;
  publishOn: CivilDate;
  /** The day the period ends and deletion falls due (art. 10 ¶2); null without a period. */
  expiresOn: CivilDate | null;
  legalBasis: string;
}

/**
 * The terms of an admissible listing. Design decision: the period runs from `publishOn`, not
 * from the decision, because the sanctions apply from publication — during a grace period
 * nothing is published and nobody is restricted, so counting it would shorten the sanction the
 * court imposed. Neither date is carried past a rest day: they are not time limits for a party
 * to act (民事诉讼法 art. 85 protects those), and moving them would lengthen a sanction.
 */
export function listingTerms(ground: ListingGround, decisionDate: CivilDate, gracePeriodMonths: number, extensionYears: number): ListingTerms {
  const publishOn = addMonths(decisionDate, gracePeriodMonths);
  const item = LISTING_GROUND_LABELS[ground].item;
  const grace = gracePeriodMonths > 0 ? `；${GOOD_FAITH_OPINION}` : '';
  if (ground === 'ableButRefuses') {
    return { periodYears: null, publishOn, expiresOn: null, legalBasis: `${CPL_ART_266}；${LISTING_RULES}第一条第（一）项、第十条${grace}` };
  }
  const periodYears = LISTING_BASE_PERIOD_YEARS + extensionYears;
  return {
    periodYears,
    publishOn,
    expiresOn: addMonths(publishOn, periodYears * 12),
    legalBasis: `${CPL_ART_266}；${LISTING_RULES}第一条第（${zhNumeral(item)}）项、第二条第一款${grace}`,
  };
}
