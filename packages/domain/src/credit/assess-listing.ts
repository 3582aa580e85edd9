/**
 * May this debtor be put on the dishonest list now, and on what terms? Every reason against is
 * returned at once (失信规定 2017 arts. 1–6, 10; 2015 限高规定 art. 1; 2019 善意文明执行意见).
 */
import type { DomainProblem } from '../domain-error.js';
import { compareCivil } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { isMinorOn } from '../identity/index.js';
import { creditProblem } from './credit-problem.js';
import { toEligibility } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { LISTING_AGGRAVATIONS, LISTING_GROUNDS, isListingAggravation, isListingGround } from './listing-grounds.js';
import type { ListingAggravation, ListingGround } from './listing-grounds.js';
import { LISTING_MAX_EXTENSION_YEARS, LISTING_MAX_GRACE_MONTHS, listingTerms } from './listing-period.js';
import type { ListingTerms } from './listing-period.js';
import { checkDebtorIdentity } from './subject-checks.js';
import type { CreditDebtor } from './subjects.js';

export interface ListingInput {
  ground: ListingGround;
  debtor: CreditDebtor;
  decisionDate: CivilDate;
  /** 0 = none; else 1..3 months (2019 善意文明执行意见). */
  gracePeriodMonths: number;
  /** 0..3; only grounds 2–6 and only with an aggravation (art. 2 ¶1). */
  extensionYears: number;
  aggravation: ListingAggravation | null;
  /** Art. 3: reasons not to list under ground 1. */
  attestations: { securityProvided: boolean; seizedPropertySufficient: boolean; laterInPerformanceOrder: boolean };
  /** Listing is an enforcement measure of an open case. */
  caseOpen: boolean;
  /** Art. 5 ¶1: the execution notice, with its risk warning, precedes listing. */
  noticeServed: boolean;
  /** This debtor already has an active or pending listing in this case. */
  alreadyListed: boolean;
  /** 2015 限高规定 art. 1: a listed debtor shall also be restricted. */
  consumptionRestricted: boolean;
  /** Art. 10 ¶4: last day (inclusive) of the 6 months after a deletion on the creditor's application. */
  relistBarredUntil: CivilDate | null;
  onApplicantRequest: boolean;
}

const IDENTITY_RULE = { zh: '失信规定第六条', en: '失信规定 art. 6' };

function procedureProblems(input: ListingInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  if (!input.caseOpen) {
    problems.push(creditProblem('LISTING_CASE_NOT_OPEN', '案件已结案，不能再作出纳入失信名单的决定（民事诉讼法第二百六十六条：执行措施须在执行程序中采取）', 'The case is closed: listing is an enforcement measure and needs an open case (Civil Procedure Law art. 266)'));
  }
  if (!input.noticeServed) {
    problems.push(creditProblem('LISTING_NOTICE_NOT_SERVED', '尚未送达载明失信风险提示的执行通知书，不得纳入失信名单（失信规定第五条第一款）', 'The execution notice with its warning about listing has not been served yet (失信规定 art. 5 ¶1)'));
  }
  if (input.alreadyListed) {
    problems.push(creditProblem('LISTING_ALREADY_LISTED', '被执行人在本案中已有生效或待发布的失信名单信息，不能重复纳入', 'The debtor already has an active or pending listing in this case; it cannot be listed twice'));
  }
  if (!input.consumptionRestricted) {
    problems.push(
      creditProblem(
        'LISTING_CONSUMPTION_NOT_RESTRICTED',
        '纳入失信名单的被执行人应当同时限制消费，请先发出限制消费令（限高规定第一条）',
        'A listed debtor shall also be restricted in consumption: issue the consumption-restriction order first (限高规定 art. 1)',
      ),
    );
  }
  // The rule bars the creditor's application; the decision date stands in for it here, since a
  // decision on such an application cannot come earlier than the application itself.
  if (input.onApplicantRequest && input.relistBarredUntil !== null && compareCivil(input.decisionDate, input.relistBarredUntil) <= 0) {
    problems.push(
      creditProblem(
        'LISTING_RELIST_BARRED',
        `申请执行人申请删除失信信息后六个月内（至 ${input.relistBarredUntil}）又申请纳入的，人民法院不予支持（失信规定第十条第四款）`,
        `Within six months (until ${input.relistBarredUntil}) after a deletion the creditor applied for, the creditor's request to list again is not supported (失信规定 art. 10 ¶4)`,
        { relistBarredUntil: input.relistBarredUntil },
      ),
    );
  }
  return problems;
}

function debtorProblems(input: ListingInput): DomainProblem[] {
  const { problems, residentId } = checkDebtorIdentity(input.debtor, input.decisionDate, IDENTITY_RULE);
  if (residentId && isMinorOn(residentId.birthDate, input.decisionDate)) {
    problems.push(
      creditProblem('LISTING_DEBTOR_MINOR', '被执行人为未成年人，不得纳入失信名单（失信规定第四条）', 'A minor may not be put on the dishonest list (失信规定 art. 4)', {
        birthDate: residentId.birthDate,
        decisionDate: input.decisionDate,
      }),
    );
  }
  return problems;
}

/** Art. 3: ground 1 is not available in these cases, which show the debtor is not "refusing". */
function attestationProblems(input: ListingInput): DomainProblem[] {
  if (input.ground !== 'ableButRefuses') return [];
  const problems: DomainProblem[] = [];
  const { securityProvided, seizedPropertySufficient, laterInPerformanceOrder } = input.attestations;
  if (securityProvided) {
    problems.push(creditProblem('LISTING_SECURITY_PROVIDED', '被执行人已提供充分有效担保，不得以“有履行能力而拒不履行”纳入失信名单（失信规定第三条第（一）项）', 'The debtor has provided sufficient and effective security, so ground 1 does not apply (失信规定 art. 3 item 1)'));
  }
  if (seizedPropertySufficient) {
    problems.push(
      creditProblem('LISTING_SEIZED_PROPERTY_SUFFICIENT', '已查封、扣押、冻结的财产足以清偿债务，不得以“有履行能力而拒不履行”纳入失信名单（失信规定第三条第（二）项）', 'Property already seized, impounded or frozen suffices to pay the debt, so ground 1 does not apply (失信规定 art. 3 item 2)'),
    );
  }
  if (laterInPerformanceOrder) {
    problems.push(
      creditProblem('LISTING_LATER_IN_PERFORMANCE_ORDER', '被执行人履行顺序在后，依法尚不能对其强制执行，不得以“有履行能力而拒不履行”纳入失信名单（失信规定第三条第（三）项）', 'The debtor is later in the order of performance and may not be enforced against yet, so ground 1 does not apply (失信规定 art. 3 item 3)'),
    );
  }
  return problems;
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

function periodProblems(input: ListingInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  const { ground, gracePeriodMonths, extensionYears, aggravation } = input;
  if (!isWhole(gracePeriodMonths, 0, LISTING_MAX_GRACE_MONTHS)) {
    problems.push(
      creditProblem('LISTING_GRACE_PERIOD_OUT_OF_RANGE', `宽限期应为一至三个月（不设宽限期为 0），当前为 ${String(gracePeriodMonths)}（善意文明执行意见）`, `A grace period is 1 to 3 whole months (0 for none), not ${String(gracePeriodMonths)} (2019 善意文明执行意见)`, {
        gracePeriodMonths,
      }),
    );
  }
  if (aggravation !== null && !isListingAggravation(aggravation)) {
    problems.push(creditProblem('LISTING_UNKNOWN_AGGRAVATION', `未知的从重情节：${String(aggravation)}`, `Unknown aggravating circumstance: ${String(aggravation)}`, { aggravation, allowed: LISTING_AGGRAVATIONS }));
  }
  if (!isWhole(extensionYears, 0, LISTING_MAX_EXTENSION_YEARS)) {
    problems.push(
      creditProblem('LISTING_EXTENSION_OUT_OF_RANGE', `纳入期限可延长一至三年（不延长为 0），当前为 ${String(extensionYears)}（失信规定第二条第一款）`, `The listing period may be extended by 1 to 3 whole years (0 for none), not ${String(extensionYears)} (失信规定 art. 2 ¶1)`, {
        extensionYears,
      }),
    );
  }
  if (extensionYears !== 0 && ground === 'ableButRefuses') {
    problems.push(
      creditProblem(
        'LISTING_EXTENSION_NOT_FOR_GROUND',
        '以“有履行能力而拒不履行”纳入的不设纳入期限，不能延长（失信规定第二条第一款）',
        'A listing under ground 1 has no fixed period, so it cannot be extended (失信规定 art. 2 ¶1)',
        { extensionYears },
      ),
    );
  }
  if (extensionYears !== 0 && ground !== 'ableButRefuses' && aggravation === null) {
    problems.push(
      creditProblem(
        'LISTING_EXTENSION_WITHOUT_AGGRAVATION',
        '延长纳入期限须有以暴力、威胁方法妨碍、抗拒执行情节严重或者具有多项失信行为的情形（失信规定第二条第一款）',
        'Extending the period needs serious violent or threatening obstruction, or several dishonest acts (失信规定 art. 2 ¶1)',
        { extensionYears },
      ),
    );
  }
  return problems;
}

/**
 * Checks a listing decision against the rules and, when it is admissible, gives its terms
 * (see {@link listingTerms}: the period runs from publication).
 *
 * - Person: a valid resident ID number (art. 6 publishes it), not a minor on the decision date
 *   (art. 4, birth date from the ID). Organisation: a valid credit code (art. 6).
 * - Ground 1 is refused when security was given, seized property suffices, or the debtor is
 *   later in the order of performance (art. 3).
 * - Grounds 2–6: 2 years, plus 1–3 with an aggravation (art. 2 ¶1). Ground 1: no period.
 * - Grace 1–3 months delays publication (2019 善意文明执行意见).
 *
 * ### Examples
 * ```ts
 * assessListing({ ...input, ground: 'evadesEnforcement', decisionDate: '2026-01-31', gracePeriodMonths: 1 });
 * // terms: { periodYears: 2, publishOn: '2026-02-28', expiresOn: '2028-02-28', … }
 * ```
 */
export function assessListing(input: ListingInput): Eligibility<ListingTerms> {
  const problems: DomainProblem[] = [];
  if (!isListingGround(input.ground)) {
    problems.push(creditProblem('LISTING_UNKNOWN_GROUND', `未知的失信情形：${String(input.ground)}`, `Unknown listing ground: ${String(input.ground)}`, { ground: input.ground, allowed: LISTING_GROUNDS }));
  }
  problems.push(...procedureProblems(input), ...debtorProblems(input), ...attestationProblems(input), ...periodProblems(input));
  return toEligibility(problems, () => listingTerms(input.ground, input.decisionDate, input.gracePeriodMonths, input.extensionYears));
}
