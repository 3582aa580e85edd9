/**
 * Checks of the names and identifiers of the subjects of a measure, shared by listing,
 * consumption restriction and exit restriction. Each check names the rule that needs the value.
 */
import type { DomainProblem } from '../domain-error.js';
import type { CivilDate } from '../civil-date.js';
import { maskResidentId, parseCreditCode, parseResidentId } from '../identity/index.js';
import type { CreditCode, ResidentId } from '../identity/index.js';
import { creditProblem } from './credit-problem.js';
import { SUBJECT_ROLE_LABELS, isSubjectRole } from './measure-kinds.js';
import type { SubjectRole } from './measure-kinds.js';
import type { BoundPerson, CreditDebtor, RestrictionSubject, RuleRef } from './subjects.js';

/** How a message names the subject: "被执行人", "法定代表人（第1人）". */
interface Who {
  readonly zh: string;
  readonly en: string;
  readonly details: Readonly<Record<string, unknown>>;
}

export const DEBTOR_WHO: Who = { zh: '被执行人', en: 'debtor', details: { role: 'debtor' } };

/** The label of a role; a value that is no role at all (bad input) is shown as it came. */
export function roleLabel(role: string): { readonly zh: string; readonly en: string } {
  return isSubjectRole(role) ? SUBJECT_ROLE_LABELS[role] : { zh: role, en: role };
}

/** "a principal officer", "an actual controller": a role named in an English sentence. */
export function aRole(role: string): string {
  const en = roleLabel(role).en.toLowerCase();
  return `${/^[aeiou]/.test(en) ? 'an' : 'a'} ${en}`;
}

export function boundPersonWho(role: SubjectRole, index: number): Who {
  const label = roleLabel(role);
  return { zh: `${label.zh}（第${String(index + 1)}人）`, en: `${label.en.toLowerCase()} (person ${String(index + 1)})`, details: { role, index } };
}

/** Decisions are made out to a named person or organisation, so the name must not be blank. */
export function checkName(name: string, who: Who, rule: RuleRef): DomainProblem | null {
  if (typeof name === 'string' && name.trim().length > 0) return null;
  return creditProblem('SUBJECT_NAME_MISSING', `${who.zh}的姓名或名称不能为空（${rule.zh}）`, `The name of the ${who.en} is missing (${rule.en})`, { ...who.details, field: 'name' });
}

/** A valid resident identity number, read on `onDate` (a birth date after it is refused). */
export function checkResidentId(idNumber: string | null, onDate: CivilDate, who: Who, rule: RuleRef): { problem: DomainProblem | null; id: ResidentId | null } {
  if (idNumber === null || idNumber.trim() === '') {
    const problem = creditProblem(
      'SUBJECT_ID_NUMBER_MISSING',
      `${who.zh}是自然人，须登记公民身份号码（${rule.zh}）`,
      `The ${who.en} is a natural person and needs a resident identity number (${rule.en})`,
      { ...who.details, field: 'idNumber' },
    );
    return { problem, id: null };
  }
  const parsed = parseResidentId(idNumber, { onDate });
  if (parsed.ok) return { problem: null, id: parsed.value };
  const problem = creditProblem(
    'SUBJECT_ID_NUMBER_INVALID',
    `${who.zh}的公民身份号码无效：${parsed.error.messageZh}（${rule.zh}）`,
    `The resident identity number of the ${who.en} is invalid: ${parsed.error.messageEn} (${rule.en})`,
    { ...who.details, field: 'idNumber', cause: parsed.error.code, ...parsed.error.details },
  );
  return { problem, id: null };
}

/** A valid unified social credit code (GB 32100-2015). */
export function checkCreditCode(creditCode: string | null, who: Who, rule: RuleRef): { problem: DomainProblem | null; code: CreditCode | null } {
  if (creditCode === null || creditCode.trim() === '') {
    const problem = creditProblem(
      'SUBJECT_CREDIT_CODE_MISSING',
      `${who.zh}是法人或其他组织，须登记统一社会信用代码（${rule.zh}）`,
      `The ${who.en} is an organisation and needs a unified social credit code (${rule.en})`,
      { ...who.details, field: 'creditCode' },
    );
    return { problem, code: null };
  }
  const parsed = parseCreditCode(creditCode);
  if (parsed.ok) return { problem: null, code: parsed.value };
  const problem = creditProblem(
    'SUBJECT_CREDIT_CODE_INVALID',
    `${who.zh}的统一社会信用代码无效：${parsed.error.messageZh}（${rule.zh}）`,
    `The unified social credit code of the ${who.en} is invalid: ${parsed.error.messageEn} (${rule.en})`,
    { ...who.details, field: 'creditCode', cause: parsed.error.code, ...parsed.error.details },
  );
  return { problem, code: null };
}

export interface DebtorIdentity {
  problems: DomainProblem[];
  /** The debtor as a subject with normalised identifiers, when they are valid. */
  subject: RestrictionSubject | null;
  /** The decoded ID of a person debtor (birth date, for the minor rules). */
  residentId: ResidentId | null;
}

/** Name plus ID number (person) or credit code (organisation) of the debtor. */
export function checkDebtorIdentity(debtor: CreditDebtor, onDate: CivilDate, rule: RuleRef): DebtorIdentity {
  const problems: DomainProblem[] = [];
  const nameProblem = checkName(debtor.name, DEBTOR_WHO, rule);
  if (nameProblem) problems.push(nameProblem);
  if (debtor.kind === 'person') {
    const { problem, id } = checkResidentId(debtor.idNumber, onDate, DEBTOR_WHO, rule);
    if (problem) problems.push(problem);
    const subject = id && !nameProblem ? { role: 'debtor' as const, kind: 'person' as const, name: debtor.name.trim(), idNumber: id.number, creditCode: null } : null;
    return { problems, subject, residentId: id };
  }
  const { problem, code } = checkCreditCode(debtor.creditCode, DEBTOR_WHO, rule);
  if (problem) problems.push(problem);
  const subject = code && !nameProblem ? { role: 'debtor' as const, kind: 'organisation' as const, name: debtor.name.trim(), idNumber: null, creditCode: code.code } : null;
  return { problems, subject, residentId: null };
}

export interface BoundPersonsCheck {
  problems: DomainProblem[];
  /** The persons as subjects, in input order; complete only when there is no problem. */
  subjects: RestrictionSubject[];
}

/**
 * Names and ID numbers of bound persons, and no person twice in one role (the same person in
 * two roles — e.g. legal representative and actual controller — is two subjects, one per role).
 * Persons whose role `allowed` refuses are skipped: the caller reports the role instead.
 */
export function checkBoundPersons(persons: readonly BoundPerson[], onDate: CivilDate, rule: RuleRef, allowed: (role: SubjectRole) => boolean): BoundPersonsCheck {
  const problems: DomainProblem[] = [];
  const subjects: RestrictionSubject[] = [];
  const seen = new Set<string>();
  persons.forEach((person, index) => {
    if (!allowed(person.role)) return;
    const who = boundPersonWho(person.role, index);
    const nameProblem = checkName(person.name, who, rule);
    if (nameProblem) problems.push(nameProblem);
    const { problem, id } = checkResidentId(person.idNumber, onDate, who, rule);
    if (problem) problems.push(problem);
    if (!id) return;
    const key = `${person.role}|${id.number}`;
    if (seen.has(key)) {
      const label = roleLabel(person.role);
      const masked = maskResidentId(id.number);
      problems.push(
        creditProblem(
          'SUBJECT_DUPLICATE',
          `同一人（身份证号码 ${masked}）作为${label.zh}登记了两次`,
          `The same person (identity number ${masked}) is entered twice as ${label.en.toLowerCase()}`,
          { role: person.role, index, idNumber: masked },
        ),
      );
      return;
    }
    seen.add(key);
    if (!nameProblem) subjects.push({ role: person.role, kind: 'person', name: person.name.trim(), idNumber: id.number, creditCode: null });
  });
  return { problems, subjects };
}
