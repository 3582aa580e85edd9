/**
 * May an exit restriction (限制出境) be decided, and whom does it bind?
 * 民事诉讼法 art. 266; 执行程序解释 arts. 23–24.
 */
import type { DomainProblem } from '../domain-error.js';
import type { CivilDate } from '../civil-date.js';
import { isMinorOn } from '../identity/index.js';
import { creditProblem } from './credit-problem.js';
import { toEligibility } from './eligibility.js';
import type { Eligibility } from './eligibility.js';
import { CPL_ART_266, ENFORCEMENT_INTERPRETATION } from './legal-sources.js';
import type { SubjectRole } from './measure-kinds.js';
import { aRole, checkBoundPersons, checkDebtorIdentity, roleLabel } from './subject-checks.js';
import type { BoundPerson, CreditDebtor, RestrictionSubject } from './subjects.js';

/** Art. 24 ¶1: for an organisation debtor, these persons may be restricted (not the actual controller). */
export const EXIT_BOUND_ROLES = ['legalRepresentative', 'principalOfficer', 'responsiblePerson'] as const;

export interface ExitRestrictionInput {
  debtor: CreditDebtor;
  /** The persons to restrict other than the debtor: officers of an organisation, or a statutory agent. */
  subjects: readonly BoundPerson[];
  decisionDate: CivilDate;
  caseOpen: boolean;
  /** Art. 23: on the creditor's written application … */
  onApplicantRequest: boolean;
  /** … or ex officio "when necessary", with the reason stated. */
  exOfficioReason: string | null;
  /**
   * An adult debtor without full capacity (民法典 arts. 21–22, as found by a court). Art. 24 ¶2
   * speaks of 无民事行为能力人 / 限制民事行为能力人, which is wider than "minor": a minor is
   * detected from the ID number, an incapacitated adult only through this flag.
   */
  debtorLacksCapacity?: boolean;
}

export interface ExitRestrictionTerms {
  subjects: RestrictionSubject[];
  legalBasis: string;
}

const IDENTITY_RULE = { zh: '执行程序解释第二十四条：出入境管理机关凭身份信息识别被限制人', en: '执行程序解释 art. 24: the border authority identifies the person by it' };

type Situation = 'organisation' | 'withoutCapacity' | 'adult' | 'unknown';

const ALLOWED_ROLES: Readonly<Record<Situation, readonly SubjectRole[]>> = {
  organisation: EXIT_BOUND_ROLES,
  withoutCapacity: ['statutoryAgent'],
  adult: [],
  unknown: ['statutoryAgent'],
};

function roleNotAllowed(situation: Situation, person: BoundPerson, index: number): DomainProblem {
  const label = roleLabel(person.role);
  const details = { role: person.role, index, allowed: ALLOWED_ROLES[situation] };
  if (situation === 'organisation') {
    return creditProblem(
      'EXIT_ROLE_NOT_ALLOWED',
      `被执行人为单位的，只能对其法定代表人、主要负责人或者影响债务履行的直接责任人员限制出境，不包括${label.zh}（执行程序解释第二十四条第一款）`,
      `For an organisation debtor only its legal representative, principal officer or directly responsible persons may be restricted, not ${aRole(person.role)} (执行程序解释 art. 24 ¶1)`,
      details,
    );
  }
  if (situation === 'adult') {
    return creditProblem(
      'EXIT_ROLE_NOT_ALLOWED',
      `被执行人为完全民事行为能力的自然人的，只对其本人限制出境，不能列入${label.zh}（执行程序解释第二十四条）`,
      `For an adult natural-person debtor only the debtor is restricted; ${aRole(person.role)} cannot be named (执行程序解释 art. 24)`,
      details,
    );
  }
  if (situation === 'unknown') {
    return creditProblem(
      'EXIT_ROLE_NOT_ALLOWED',
      `自然人被执行人只对其本人限制出境，无民事行为能力或者限制民事行为能力的只对其法定代理人限制出境，不包括${label.zh}（执行程序解释第二十四条）`,
      `For a natural-person debtor only the debtor, or the statutory agent of one without full capacity, may be restricted, not ${aRole(person.role)} (执行程序解释 art. 24)`,
      details,
    );
  }
  return creditProblem(
    'EXIT_ROLE_NOT_ALLOWED',
    `被执行人为无民事行为能力人或者限制民事行为能力人的，只能对其法定代理人限制出境，不包括${label.zh}（执行程序解释第二十四条第二款）`,
    `For a debtor without full capacity only the statutory agent may be restricted, not ${aRole(person.role)} (执行程序解释 art. 24 ¶2)`,
    details,
  );
}

function procedureProblems(input: ExitRestrictionInput): DomainProblem[] {
  const problems: DomainProblem[] = [];
  if (!input.caseOpen) {
    problems.push(creditProblem('EXIT_CASE_NOT_OPEN', '案件已结案，不能再决定限制出境（民事诉讼法第二百六十六条：执行措施须在执行程序中采取）', 'The case is closed: an exit restriction is an enforcement measure and needs an open case (Civil Procedure Law art. 266)'));
  }
  const reason = input.exOfficioReason?.trim() ?? '';
  if (!input.onApplicantRequest && reason === '') {
    problems.push(
      creditProblem(
        'EXIT_NO_APPLICATION_OR_REASON',
        '限制出境应当由申请执行人书面申请；依职权决定的，须写明必要的理由（执行程序解释第二十三条）',
        'An exit restriction needs the creditor’s written application, or, ex officio, a stated reason why it is necessary (执行程序解释 art. 23)',
        { field: 'exOfficioReason' },
      ),
    );
  }
  return problems;
}

/**
 * Checks an exit-restriction decision and lists whom it binds (art. 24):
 * - an adult natural-person debtor: the debtor alone;
 * - a debtor without full capacity (a minor by the ID's birth date, or `debtorLacksCapacity`):
 *   the statutory agent(s) only — not the debtor — at least one;
 * - an organisation: its legal representative, principal officer or directly responsible
 *   persons, at least one; the organisation itself cannot travel and is not a subject.
 * When a person debtor's ID is invalid its capacity is unknown: only statutory agents are
 * accepted as extra subjects and the ID problem is reported; the role rules apply once it is fixed.
 */
export function assessExitRestriction(input: ExitRestrictionInput): Eligibility<ExitRestrictionTerms> {
  const identity = checkDebtorIdentity(input.debtor, input.decisionDate, IDENTITY_RULE);
  let situation: Situation;
  if (input.debtor.kind === 'organisation') situation = 'organisation';
  else if (input.debtorLacksCapacity === true || (identity.residentId !== null && isMinorOn(identity.residentId.birthDate, input.decisionDate))) situation = 'withoutCapacity';
  else situation = identity.residentId === null ? 'unknown' : 'adult';

  const allowed = ALLOWED_ROLES[situation];
  const roleProblems: DomainProblem[] = [];
  input.subjects.forEach((person, index) => {
    if (!allowed.includes(person.role)) roleProblems.push(roleNotAllowed(situation, person, index));
  });
  const hasAllowed = input.subjects.some((p) => allowed.includes(p.role));
  if (situation === 'organisation' && !hasAllowed) {
    roleProblems.push(
      creditProblem(
        'EXIT_NO_PERSON_TO_RESTRICT',
        '被执行人为单位的，须列明被限制出境的法定代表人、主要负责人或者影响债务履行的直接责任人员（执行程序解释第二十四条第一款）',
        'For an organisation debtor, name the legal representative, principal officer or directly responsible person to be restricted (执行程序解释 art. 24 ¶1)',
      ),
    );
  }
  if (situation === 'withoutCapacity' && !hasAllowed) {
    roleProblems.push(
      creditProblem(
        'EXIT_STATUTORY_AGENT_REQUIRED',
        '被执行人为无民事行为能力人或者限制民事行为能力人（含未成年人）的，不对其本人限制出境，须列明其法定代理人（执行程序解释第二十四条第二款）',
        'A debtor without full capacity (including a minor) is not restricted personally: name the statutory agent (执行程序解释 art. 24 ¶2)',
      ),
    );
  }
  const persons = checkBoundPersons(input.subjects, input.decisionDate, IDENTITY_RULE, (role) => allowed.includes(role));
  const problems = [...procedureProblems(input), ...identity.problems, ...roleProblems, ...persons.problems];
  return toEligibility(problems, () => {
    const debtorSubjects = situation === 'adult' ? [identity.subject as RestrictionSubject] : [];
    const paragraph = situation === 'organisation' ? '、第二十四条第一款' : situation === 'withoutCapacity' ? '、第二十四条第二款' : '';
    return { subjects: [...debtorSubjects, ...persons.subjects], legalBasis: `${CPL_ART_266}；${ENFORCEMENT_INTERPRETATION}第二十三条${paragraph}` };
  });
}
