/**
 * The plain data every credit-discipline document is built from. Labels (grounds, roles,
 * restricted acts) arrive as Chinese text so the builders stay generic; the domain's label
 * tables (`@zhixing/domain` credit/measure-kinds.ts, scenarios.ts) are one source of them.
 */
import type { CivilDate } from '@zhixing/domain';

/** A natural-person debtor: only the masked identity number is ever printed. */
export interface PersonDebtor {
  readonly kind: 'person';
  readonly name: string;
  /** Masked as `maskResidentId` does (2102**********1234); masked again when printed. */
  readonly idNumberMasked: string;
}

/** An organisation debtor: the unified social credit code is public (GB 32100-2015). */
export interface OrganisationDebtor {
  readonly kind: 'organisation';
  readonly name: string;
  readonly creditCode: string;
  readonly legalRepresentative?: string;
}

export type DebtorParty = PersonDebtor | OrganisationDebtor;

/**
 * A person a measure binds besides (or instead of) the debtor: for an organisation the 限高规定
 * art. 3 ¶2 persons, for exit restriction 执行程序解释 art. 24 (e.g. `{ roleZh: '法定代表人' }`).
 */
export interface BoundPerson {
  readonly roleZh: string;
  readonly name: string;
  readonly idNumberMasked: string;
}

/** What every decision of the enforcing court carries. */
export interface CourtDecisionBase {
  /** Full name as printed on top, e.g. 辽宁省大连市中山区人民法院. */
  readonly courtName: string;
  /** The enforcement case, e.g. （2026）辽0202执123号. */
  readonly caseNumber: string;
  /** This document's number, e.g. （2026）辽0202执123号之一. */
  readonly documentNumber: string;
  readonly decisionDate: CivilDate;
  readonly debtor: DebtorParty;
}
