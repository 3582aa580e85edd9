/**
 * Who a credit-discipline measure names: the debtor, and for a restriction the persons it binds.
 * Identifiers are checked because the entry is published and matched by agencies on them
 * (失信规定 art. 6; 限高规定 art. 6 assistance notices; the border authority for 限制出境).
 */
import type { SubjectRole } from './measure-kinds.js';

export type SubjectKind = 'person' | 'organisation';

/** The debtor as the case records it: a person has an ID number, an organisation a credit code. */
export interface CreditDebtor {
  kind: SubjectKind;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
}

/** A person bound through an organisation debtor, or a debtor's statutory agent. */
export interface BoundPerson {
  role: SubjectRole;
  name: string;
  idNumber: string;
}

/** One subject of a restriction order, as the decision names it and agencies match it. */
export interface RestrictionSubject {
  role: SubjectRole;
  kind: SubjectKind;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
}

/** The rule a missing or wrong identifier breaks, as messages cite it. */
export interface RuleRef {
  readonly zh: string;
  readonly en: string;
}
