/**
 * The acts staff take on an enforcement case, and what deciding one yields.
 */
import type { CivilDate } from '../civil-date.js';
import type { CaseSnapshot } from './case-snapshot.js';
import type { ClosingMethod } from './closing-methods.js';
import type { StayGround } from './stay-grounds.js';

/**
 * What the handler confirms before closing by 终本 (终本规定 art. 1 items 2, 3, 5 and art. 5).
 * Item 1 (notice + property report order) and item 4 (> 3 months since filing) are read from
 * the case itself, not from this list.
 */
export interface TerminationForNowChecklist {
  /** 限制消费令 issued (终本规定 art. 1(2)). */
  consumptionRestrictionIssued?: boolean;
  /** Dishonest listing done, or a documented reason it does not apply (art. 1(2)). */
  dishonestListingDecided?: boolean;
  /** Property investigation measures exhausted (art. 1(3), art. 3). */
  investigationExhausted?: boolean;
  /** The applicant was interviewed and the interview recorded (art. 5). */
  applicantInterviewed?: boolean;
  /** Debtor searched for when whereabouts unknown, obstruction sanctioned (art. 1(5)); true when not applicable. */
  whereaboutsSearched?: boolean;
}

/** The statutory ground codes a closing can carry. */
export const CLOSING_REASON_CODES = ['limitationObjectionUpheld'] as const;
export type ClosingReasonCode = (typeof CLOSING_REASON_CODES)[number];

export type CaseAction =
  | { type: 'assignHandler'; handlerId: string }
  | { type: 'serveNotice'; servedOn: CivilDate }
  | { type: 'startInvestigation' }
  | { type: 'startDisposal'; reason: string }
  | { type: 'startDisbursement' }
  | {
      type: 'close';
      method: ClosingMethod;
      reason: string;
      on: CivilDate;
      checklist?: TerminationForNowChecklist;
      /** `limitationObjectionUpheld`: the debtor's objection that the 2-year application period had run was upheld (民诉法解释 art. 481). */
      reasonCode?: ClosingReasonCode;
    }
  | {
      type: 'stay';
      /** The ruling's stated reason (free text). */
      ground: string;
      since: CivilDate;
      /** The statutory ground (STAY_GROUNDS); absent on stays recorded before the code existed. */
      groundCode?: StayGround;
    }
  | { type: 'defer'; ground: string; since: CivilDate; until: CivilDate }
  | { type: 'resume'; on: CivilDate }
  | { type: 'requestExtension'; months: number; reason: string; requestedOn: CivilDate }
  | { type: 'approveExtension' }
  | { type: 'rejectExtension'; reason: string };

export type CaseActionType = CaseAction['type'];

/** Every action type, in process order (the order `allowedActions` answers in). */
export const CASE_ACTION_TYPES = [
  'assignHandler',
  'serveNotice',
  'startInvestigation',
  'startDisposal',
  'startDisbursement',
  'close',
  'stay',
  'defer',
  'resume',
  'requestExtension',
  'approveExtension',
  'rejectExtension',
] as const satisfies readonly CaseActionType[];

// Compile-time proof that the list above names every action type.
const _everyActionListed: [Exclude<CaseActionType, (typeof CASE_ACTION_TYPES)[number]>] extends [never] ? true : false = true;
void _everyActionListed;

export interface Decision {
  next: CaseSnapshot;
  /** The articles that authorise the act, e.g. '民事诉讼法 第二百六十七条'. */
  legalBasis: string;
  summaryZh: string;
  summaryEn: string;
  /** Set on a second or later extension: it must be reported up to the High People's Court for the record (审理期限规定 art. 5). */
  reportToHighCourt?: true;
}
