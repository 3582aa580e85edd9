/**
 * Lifting a consumption restriction: 限高规定 (2015) art. 9, and for a replaced officer of an
 * organisation debtor the 2019 善意文明执行意见 para. 17(2).
 */
import type { DomainProblem } from '../domain-error.js';
import { creditProblem } from './credit-problem.js';
import { toEligibility } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { CONSUMPTION_RULES, GOOD_FAITH_OPINION } from './legal-sources.js';
import type { SubjectRole } from './measure-kinds.js';
import { isConsumptionBoundRole } from './consumption-restriction.js';
import { aRole, roleLabel } from './subject-checks.js';

export const LIFTING_GROUNDS = ['performedInFull', 'securityProvided', 'applicantConsents', 'formerOfficerReplaced'] as const;
export type LiftingGround = (typeof LIFTING_GROUNDS)[number];

export interface LiftingGroundLabel {
  readonly zh: string;
  readonly en: string;
  readonly article: string;
  /** "应当" lift (true) or "可以" lift (false). */
  readonly mandatory: boolean;
}

export const LIFTING_GROUND_LABELS: Readonly<Record<LiftingGround, LiftingGroundLabel>> = {
  performedInFull: { zh: '被执行人履行完毕生效法律文书确定的义务', en: 'The debtor has performed the obligation in full', article: '限高规定第九条', mandatory: true },
  securityProvided: { zh: '被执行人提供确实有效的担保', en: 'The debtor has provided true and effective security', article: '限高规定第九条', mandatory: false },
  applicantConsents: { zh: '经申请执行人同意', en: 'The creditor consents', article: '限高规定第九条', mandatory: false },
  formerOfficerReplaced: {
    zh: '原法定代表人、主要负责人确因经营管理需要已变更，且非实际控制人、直接责任人员',
    en: 'A former legal representative or principal officer was replaced for genuine business reasons and is neither actual controller nor directly responsible',
    article: '善意文明执行意见第17条第（2）项',
    mandatory: false,
  },
};

export const isLiftingGround = (v: unknown): v is LiftingGround => typeof v === 'string' && (LIFTING_GROUNDS as readonly string[]).includes(v);

export interface LiftingInput {
  ground: LiftingGround;
  /** Whose restriction is to be lifted. */
  role: SubjectRole;
  /**
   * The debtor is on the dishonest list. A listed debtor "shall" be restricted (限高规定 art. 1),
   * so security or consent cannot lift the debtor's order while the listing stands.
   */
  debtorListed?: boolean;
}

export interface LiftingTerms {
  mandatory: boolean;
  /** Art. 9 lifts the whole order, for everyone it binds; para. 17(2) lifts only the applicant's own restriction. */
  scope: 'wholeOrder' | 'thisPerson';
  /** Para. 17(2): once the former officer is released, the court restricts the new one instead. */
  restrictSuccessor: boolean;
  legalBasis: string;
}

const FORMER_OFFICER_ROLES: readonly SubjectRole[] = ['legalRepresentative', 'principalOfficer'];

/**
 * Whether the restriction binding `role` may be lifted on `ground`. A former officer may ask
 * only for his own release, and only a former legal representative or principal officer — the
 * opinion is narrower than "any bound person" (not the debtor, nor a directly responsible person
 * or actual controller).
 */
export function assessLifting(input: LiftingInput): Eligibility<LiftingTerms> {
  const problems: DomainProblem[] = [];
  if (!isLiftingGround(input.ground)) {
    problems.push(creditProblem('CONSUMPTION_LIFTING_UNKNOWN_GROUND', `未知的解除限制消费事由：${String(input.ground)}`, `Unknown ground for lifting a consumption restriction: ${String(input.ground)}`, { ground: input.ground, allowed: LIFTING_GROUNDS }));
  }
  const label = roleLabel(input.role);
  if (input.role !== 'debtor' && !isConsumptionBoundRole(input.role)) {
    problems.push(
      creditProblem('CONSUMPTION_LIFTING_ROLE_NOT_BOUND', `限制消费令不约束${label.zh}，无可解除（限高规定第三条）`, `A consumption restriction does not bind ${aRole(input.role)}, so there is nothing to lift (限高规定 art. 3)`, {
        role: input.role,
      }),
    );
  } else if (input.ground === 'formerOfficerReplaced' && !FORMER_OFFICER_ROLES.includes(input.role)) {
    problems.push(
      creditProblem(
        'CONSUMPTION_LIFTING_NOT_FORMER_OFFICER',
        `只有已变更的原法定代表人、主要负责人可以申请解除对其本人的限制消费，${label.zh}不适用（善意文明执行意见第17条第（2）项）`,
        `Only a replaced former legal representative or principal officer may apply to have his own restriction lifted, not ${aRole(input.role)} (2019 善意文明执行意见 para. 17(2))`,
        { role: input.role, allowed: FORMER_OFFICER_ROLES },
      ),
    );
  }
  if (input.debtorListed === true && (input.ground === 'securityProvided' || input.ground === 'applicantConsents')) {
    problems.push(
      creditProblem(
        'CONSUMPTION_LIFTING_DEBTOR_LISTED',
        '被执行人仍在失信名单中，应当对其采取限制消费措施，须先删除失信信息（限高规定第一条）',
        'The debtor is still on the dishonest list and so shall stay restricted: delete the listing first (限高规定 art. 1)',
        { ground: input.ground },
      ),
    );
  }
  return toEligibility(problems, () => {
    const former = input.ground === 'formerOfficerReplaced';
    return {
      mandatory: LIFTING_GROUND_LABELS[input.ground].mandatory,
      scope: former ? 'thisPerson' : 'wholeOrder',
      restrictSuccessor: former,
      legalBasis: former ? `${GOOD_FAITH_OPINION}第17条第（2）项` : `${CONSUMPTION_RULES}第九条`,
    };
  });
}
