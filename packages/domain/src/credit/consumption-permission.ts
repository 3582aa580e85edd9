/**
 * Permission for a restricted debtor to make one necessary consumption (限高规定 2015 art. 8:
 * "因生活或者经营必需而进行本规定禁止的消费活动的，应当向人民法院提出申请，获批准后方可进行").
 *
 * Not covered here: a bound person's private consumption paid from personal property (art. 3,
 * 2019 善意文明执行意见 para. 17(1)), which the court must permit when true — a different
 * application with its own facts.
 */
import type { DomainProblem } from '../domain-error.js';
import { compareCivil, diffDays } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { creditProblem } from './credit-problem.js';
import { toEligibility } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { CONSUMPTION_RULES } from './legal-sources.js';
import { SCENARIO_RULES, isScenario } from './scenarios.js';
import type { Scenario } from './scenarios.js';

export const PERMISSION_REASONS = ['medicalTreatment', 'funeral', 'examOrStudy', 'businessNecessity', 'foreignAffairs', 'other'] as const;
export type PermissionReason = (typeof PERMISSION_REASONS)[number];

export const PERMISSION_REASON_LABELS: Readonly<Record<PermissionReason, { readonly zh: string; readonly en: string }>> = {
  medicalTreatment: { zh: '本人或近亲属就医', en: 'Medical treatment of the debtor or a close relative' },
  funeral: { zh: '近亲属丧葬', en: 'Funeral of a close relative' },
  examOrStudy: { zh: '参加重要考试或学习', en: 'An important examination or course of study' },
  businessNecessity: { zh: '经营必需', en: 'Necessary for the business' },
  foreignAffairs: { zh: '外事活动', en: 'Foreign-affairs event' },
  other: { zh: '其他生活或经营必需', en: 'Other necessity of life or business' },
};

export const isPermissionReason = (v: unknown): v is PermissionReason => typeof v === 'string' && (PERMISSION_REASONS as readonly string[]).includes(v);

/**
 * The longest permission, in days counted inclusively. A platform limit, not law: art. 8
 * approves a specific consumption, so an open-ended permission would undo the order.
 */
export const PERMISSION_MAX_DAYS = 30;

export interface PermissionInput {
  reason: PermissionReason;
  scenarios: readonly Scenario[];
  from: CivilDate;
  to: CivilDate;
  today: CivilDate;
  /** Required when the reason is `other`. */
  description: string | null;
}

export interface PermissionTerms {
  /** The scenarios permitted, each once, in the order given. */
  scenarios: Scenario[];
  from: CivilDate;
  to: CivilDate;
  /** Days from `from` to `to`, both included. */
  days: number;
  legalBasis: string;
}

/** The scenarios a consumption restriction blocks; only those can be permitted. */
function isConsumptionScenario(s: unknown): s is Scenario {
  return isScenario(s) && SCENARIO_RULES[s].blockedBy.includes('consumptionRestriction');
}

function dateProblems(input: PermissionInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  if (compareCivil(input.from, input.today) < 0) {
    problems.push(
      creditProblem('PERMISSION_NOT_IN_ADVANCE', `须事先申请并获批准后方可消费，开始日期（${input.from}）不能早于今天（${input.today}）（限高规定第八条）`, `Permission is given in advance: the start (${input.from}) cannot be before today (${input.today}) (限高规定 art. 8)`, {
        from: input.from,
        today: input.today,
      }),
    );
  }
  if (compareCivil(input.to, input.from) < 0) {
    problems.push(creditProblem('PERMISSION_ENDS_BEFORE_START', `结束日期（${input.to}）早于开始日期（${input.from}）`, `The end (${input.to}) is before the start (${input.from})`, { from: input.from, to: input.to }));
  } else if (diffDays(input.from, input.to) + 1 > PERMISSION_MAX_DAYS) {
    const days = diffDays(input.from, input.to) + 1;
    problems.push(
      creditProblem(
        'PERMISSION_TOO_LONG',
        `单次准许消费最长 ${String(PERMISSION_MAX_DAYS)} 日（平台规则，非法律规定；限高规定第八条准许的是特定的必需消费），本次为 ${String(days)} 日`,
        `One permission covers at most ${String(PERMISSION_MAX_DAYS)} days (a platform limit, not law: 限高规定 art. 8 permits a specific necessary consumption); this one covers ${String(days)}`,
        { days, max: PERMISSION_MAX_DAYS },
      ),
    );
  }
  return problems;
}

/**
 * Checks an application to make a restricted consumption: a known reason (with a description
 * when it is `other`), at least one scenario and only consumption scenarios, starting today or
 * later and lasting at most {@link PERMISSION_MAX_DAYS} days.
 */
export function assessPermission(input: PermissionInput): Eligibility<PermissionTerms> {
  const problems: DomainProblem[] = [];
  if (!isPermissionReason(input.reason)) {
    problems.push(creditProblem('PERMISSION_UNKNOWN_REASON', `未知的申请事由：${String(input.reason)}`, `Unknown reason: ${String(input.reason)}`, { reason: input.reason, allowed: PERMISSION_REASONS }));
  }
  if (input.reason === 'other' && (input.description === null || input.description.trim() === '')) {
    problems.push(creditProblem('PERMISSION_DESCRIPTION_REQUIRED', '事由为“其他”的，须写明生活或经营必需的具体情况（限高规定第八条）', 'With the reason "other", describe the necessity of life or business (限高规定 art. 8)', { field: 'description' }));
  }
  if (input.scenarios.length === 0) {
    problems.push(creditProblem('PERMISSION_NO_SCENARIO', '须至少列明一项申请准许的消费行为（限高规定第八条）', 'Name at least one consumption to be permitted (限高规定 art. 8)'));
  }
  for (const scenario of input.scenarios) {
    if (isConsumptionScenario(scenario)) continue;
    const rule = isScenario(scenario) ? SCENARIO_RULES[scenario] : { zh: String(scenario), en: String(scenario) };
    problems.push(
      creditProblem(
        'PERMISSION_SCENARIO_NOT_RESTRICTED',
        `“${rule.zh}”不是限制消费令禁止的消费行为，不属于准许消费的范围（限高规定第三条、第八条）`,
        `"${rule.en}" is not a consumption the restriction forbids, so it cannot be permitted (限高规定 arts. 3, 8)`,
        { scenario },
      ),
    );
  }
  problems.push(...dateProblems(input));
  return toEligibility(problems, () => ({
    scenarios: [...new Set(input.scenarios)],
    from: input.from,
    to: input.to,
    days: diffDays(input.from, input.to) + 1,
    legalBasis: `${CONSUMPTION_RULES}第八条`,
  }));
}
