/**
 * May a consumption-restriction order (限制消费令) be issued, and whom does it bind?
 * 限高规定 (2015) arts. 1, 3, 5.
 */
import type { DomainProblem } from '../domain-error.js';
import type { CivilDate } from '../civil-date.js';
import { creditProblem } from './credit-problem.js';
import { toEligibility } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { CONSUMPTION_RULES, CPL_ART_266 } from './legal-sources.js';
import { aRole, checkBoundPersons, checkDebtorIdentity, roleLabel } from './subject-checks.js';
import type { BoundPerson, CreditDebtor, RestrictionSubject } from './subjects.js';

/**
 * 限高规定 art. 3 ¶2: the persons an organisation debtor's restriction binds. The 2010 original
 * bound only the first three and only when they spent the unit's property; the actual controller
 * was added in 2015.
 */
export const CONSUMPTION_BOUND_ROLES = ['legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController'] as const;
export type ConsumptionBoundRole = (typeof CONSUMPTION_BOUND_ROLES)[number];

export const isConsumptionBoundRole = (v: unknown): v is ConsumptionBoundRole => typeof v === 'string' && (CONSUMPTION_BOUND_ROLES as readonly string[]).includes(v);

export interface ConsumptionRestrictionInput {
  debtor: CreditDebtor;
  /**
   * Only for an organisation debtor (empty for a person), in the roles of
   * {@link CONSUMPTION_BOUND_ROLES}; any other role (e.g. a statutory agent) is refused.
   */
  boundPersons: readonly BoundPerson[];
  decisionDate: CivilDate;
  caseOpen: boolean;
  /** Art. 1: the debtor failed to perform within the period the execution notice set. */
  noticeServed: boolean;
  /** The debtor already has an order in force in this case. */
  alreadyRestricted: boolean;
}

export interface ConsumptionRestrictionTerms {
  subjects: RestrictionSubject[];
  legalBasis: string;
}

const IDENTITY_RULE = { zh: '限高规定第三条、第六条：限制消费令须能识别被限制人', en: '限高规定 arts. 3, 6: the order must identify whom it binds' };

function procedureProblems(input: ConsumptionRestrictionInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  if (!input.caseOpen) {
    problems.push(creditProblem('CONSUMPTION_CASE_NOT_OPEN', '案件已结案，不能再发出限制消费令（限高规定第一条：限制消费是执行措施）', 'The case is closed: a consumption restriction is an enforcement measure and needs an open case (限高规定 art. 1)'));
  }
  if (!input.noticeServed) {
    problems.push(
      creditProblem('CONSUMPTION_NOTICE_NOT_SERVED', '被执行人未按执行通知书指定的期间履行的，才能限制消费；执行通知书尚未送达（限高规定第一条）', 'Consumption is restricted only after the debtor failed to perform within the period of the execution notice, which has not been served (限高规定 art. 1)'),
    );
  }
  if (input.alreadyRestricted) {
    problems.push(creditProblem('CONSUMPTION_ALREADY_RESTRICTED', '被执行人在本案中已被限制消费，不能重复发出限制消费令', 'The debtor is already restricted in this case; a second order cannot be issued'));
  }
  return problems;
}

function boundRoleProblems(input: ConsumptionRestrictionInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  if (input.debtor.kind === 'person') {
    if (input.boundPersons.length > 0) {
      problems.push(
        creditProblem(
          'CONSUMPTION_BOUND_PERSONS_FOR_PERSON_DEBTOR',
          '被执行人为自然人的，限制消费令只约束其本人，不能列入法定代表人等其他人员（限高规定第三条第一款）',
          'A restriction of a natural-person debtor binds the debtor alone; no other persons may be named (限高规定 art. 3 ¶1)',
          { count: input.boundPersons.length },
        ),
      );
    }
    return problems;
  }
  input.boundPersons.forEach((person, index) => {
    if (isConsumptionBoundRole(person.role)) return;
    const label = roleLabel(person.role);
    problems.push(
      creditProblem(
        'CONSUMPTION_ROLE_NOT_BOUND',
        `限制消费令只约束单位的法定代表人、主要负责人、影响债务履行的直接责任人员和实际控制人，不约束${label.zh}（限高规定第三条第二款）`,
        `An organisation's restriction binds its legal representative, principal officer, directly responsible persons and actual controller, not ${aRole(person.role)} (限高规定 art. 3 ¶2)`,
        { role: person.role, index, allowed: CONSUMPTION_BOUND_ROLES },
      ),
    );
  });
  const hasRepresentative = input.boundPersons.some((p) => p.role === 'legalRepresentative' || p.role === 'principalOfficer');
  if (!hasRepresentative) {
    problems.push(
      creditProblem(
        'CONSUMPTION_REPRESENTATIVE_REQUIRED',
        '被执行人为单位的，须列明其法定代表人或主要负责人，限制消费令同时约束上述人员（限高规定第三条第二款）',
        'For an organisation debtor, name its legal representative or principal officer, whom the order binds too (限高规定 art. 3 ¶2)',
      ),
    );
  }
  return problems;
}

/**
 * Checks an order and lists whom it binds: a person debtor alone; an organisation debtor together
 * with each bound person (art. 3 ¶2), at least the legal representative or principal officer.
 * Every subject needs a valid identifier, and no person appears twice in the same role.
 */
export function assessConsumptionRestriction(input: ConsumptionRestrictionInput): Eligibility<ConsumptionRestrictionTerms> {
  const identity = checkDebtorIdentity(input.debtor, input.decisionDate, IDENTITY_RULE);
  const persons = input.debtor.kind === 'person' ? { problems: [], subjects: [] } : checkBoundPersons(input.boundPersons, input.decisionDate, IDENTITY_RULE, isConsumptionBoundRole);
  const problems = [...procedureProblems(input), ...identity.problems, ...boundRoleProblems(input), ...persons.problems];
  return toEligibility(problems, () => ({
    subjects: [identity.subject as RestrictionSubject, ...persons.subjects],
    legalBasis: `${CPL_ART_266}；${CONSUMPTION_RULES}第一条、第三条第一款${input.debtor.kind === 'person' ? '' : '、第二款'}`,
  }));
}
