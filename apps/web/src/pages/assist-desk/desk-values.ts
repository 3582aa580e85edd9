import type { REJECTION_CODES } from '@zhixing/contracts';
import { INSTITUTION_ACTS, INSTITUTION_CATEGORIES, PROPERTY_KINDS, type InstitutionAct, type InstitutionCategory, type PropertyKind } from '@zhixing/contracts/labels';
import { yuanToFen } from '../case-detail/control-values.js';
import type { ControlOutcome, ControlRequestAct, ControlResultBody, DeskAnswer, DeskRequest, EncumbranceBody, EncumbranceKind, HoldingBody, RejectionCode } from './desk-api.js';

/**
 * The plain values behind the assistance desk: what an institution of a category may report, which
 * outcomes a control act can have, and the answer body built from what the form holds — amounts
 * typed in yuan into integer fen, without a float.
 */

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** The desk offers every encumbrance kind of the protocol (the Record-typed list fails the check when one is added). */
export const ENCUMBRANCE_KINDS = ['mortgage', 'pledge', 'courtControl', 'other'] as const satisfies readonly EncumbranceKind[];
export type EncumbranceKindsMatchContract = Assert<Same<(typeof ENCUMBRANCE_KINDS)[number], EncumbranceKind>>;

/**
 * The reasons a person at the desk can give for not assisting. Not offered: the signature codes of
 * the network protocol (SIGNATURE_INVALID, KEY_UNKNOWN; a desk answer carries no signature) and
 * UNKNOWN_REQUEST (the person has the request in front of them).
 */
export const DESK_REJECTION_CODES = ['DOCUMENT_INVALID', 'NOT_SUPPORTED', 'AMOUNT_MISMATCH', 'MALFORMED'] as const satisfies readonly RejectionCode[];
export type DeskRejectionCodesInContract = Assert<Same<Exclude<(typeof REJECTION_CODES)[number], 'SIGNATURE_INVALID' | 'KEY_UNKNOWN' | 'UNKNOWN_REQUEST'>, (typeof DESK_REJECTION_CODES)[number]>>;

const isCategory = (value: string): value is InstitutionCategory => Object.hasOwn(INSTITUTION_CATEGORIES, value);
export const isInstitutionAct = (value: string): value is InstitutionAct => (INSTITUTION_ACTS as readonly string[]).includes(value);
const CONTROL_ACTS = ['freeze', 'seal', 'impound', 'deduct', 'release', 'renew'] as const satisfies readonly ControlRequestAct[];
export type ControlActsMatchContract = Assert<Same<(typeof CONTROL_ACTS)[number], ControlRequestAct>>;

/** The control act a request asks for; null for an inquiry (or an act this console does not know). */
export const controlActOf = (request: Pick<DeskRequest, 'type' | 'act'>): ControlRequestAct | null =>
  request.type === 'control' ? (CONTROL_ACTS.find((a) => a === request.act) ?? null) : null;

/** What an inquiry at an institution of this category can find (the server refuses other kinds: NOT_SUPPORTED). */
export const reportedKinds = (category: string): readonly PropertyKind[] => (isCategory(category) ? INSTITUTION_CATEGORIES[category].reports : []);

export const categoryLabel = (category: string, lang: 'zh' | 'en'): string => (isCategory(category) ? INSTITUTION_CATEGORIES[category][lang] : category);

/**
 * How a holding of this kind states its worth: a balance (deposits, funds, cash values — whatever
 * can be paid over), a reference valuation with its basis (real estate, vehicles, shares…), or
 * nothing (information records: social insurance, tax, whereabouts, travel).
 */
export function holdingWorth(kind: PropertyKind): 'balance' | 'valuation' | 'none' {
  const rule = PROPERTY_KINDS[kind];
  if (rule.control === null) return 'none';
  return rule.deductible ? 'balance' : 'valuation';
}

/** The outcomes a control act can have: only an order waits behind another court (轮候); only money can be done in part. */
export function outcomesFor(act: ControlRequestAct): ControlOutcome[] {
  switch (act) {
    case 'freeze':
      return ['done', 'partial', 'waiting', 'refused'];
    case 'seal':
    case 'impound':
      return ['done', 'waiting', 'refused'];
    case 'deduct':
      return ['done', 'partial', 'refused'];
    case 'release':
    case 'renew':
      return ['done', 'refused'];
  }
}

/** Whether the answer to this act states an amount (what was actually frozen or paid over). */
export const answersAmount = (act: ControlRequestAct): boolean => act === 'freeze' || act === 'deduct';
/** Whether the act puts a new control on the property (it has a day it took effect). */
export const isOrder = (act: ControlRequestAct): boolean => act === 'freeze' || act === 'seal' || act === 'impound';

/** Oldest first, newest last: the order in which they were sent, and so their answer times run out. */
export const oldestFirst = (requests: readonly DeskRequest[]): DeskRequest[] => [...requests].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt) || a.caseNumber.localeCompare(b.caseNumber, 'zh'));

/**
 * A yuan amount as typed in integer fen; `allowZero` for a balance (an empty account is an answer).
 * Null when it is not an amount with at most two decimals.
 */
export function fenOf(input: string | null | undefined, allowZero = false): number | null {
  const typed = (input ?? '').trim().replace(/[,，\s]/g, '');
  if (allowZero && /^0+(?:\.0{0,2})?$/.test(typed)) return 0;
  return yuanToFen(typed);
}

/** A date as the form holds it: a civil date string, or a date picker's value (dayjs). */
export type DateInput = string | { format: (template: string) => string } | null | undefined;
const civilDate = (value: DateInput): string | undefined => (value === null || value === undefined || value === '' ? undefined : typeof value === 'string' ? value : value.format('YYYY-MM-DD'));

export interface EncumbranceValues {
  kind?: EncumbranceKind;
  holder?: string;
  amount?: string;
  caseNumber?: string;
  since?: DateInput;
  registeredSeq?: number | null;
}

export interface HoldingValues {
  kind?: PropertyKind;
  ref?: string;
  description?: string;
  balance?: string;
  valuation?: string;
  basis?: string;
  encumbrances?: EncumbranceValues[];
}

export interface DeskAnswerValues {
  answeredBy?: string;
  /** `result`: what was found or done; `rejection`: 不予协助. */
  mode?: 'result' | 'rejection';
  /** Inquiry: 未查询到财产 (an answer with no holdings). */
  nothingFound?: boolean;
  holdings?: HoldingValues[];
  outcome?: ControlOutcome;
  controlRef?: string;
  amount?: string;
  effectiveOn?: DateInput;
  expiresOn?: DateInput;
  queueAhead?: number | null;
  reason?: string;
  code?: RejectionCode;
  message?: string;
}

const text = (value: string | null | undefined): string => (value ?? '').trim();
/** `{ [name]: value }` when the text is not blank, else nothing. */
const optionalText = <K extends string>(name: K, value: string | null | undefined): Partial<Record<K, string>> => (text(value) ? ({ [name]: text(value) } as Record<K, string>) : {});

function encumbranceOf(v: EncumbranceValues): EncumbranceBody | null {
  if (!v.kind || !text(v.holder)) return null;
  const amountFen = text(v.amount) ? fenOf(v.amount) : undefined;
  if (amountFen === null) return null;
  const since = civilDate(v.since);
  const seq = typeof v.registeredSeq === 'number' && Number.isInteger(v.registeredSeq) && v.registeredSeq >= 1 ? v.registeredSeq : undefined;
  return {
    kind: v.kind,
    holder: text(v.holder),
    ...(amountFen !== undefined ? { amountFen } : {}),
    ...optionalText('caseNumber', v.caseNumber),
    ...(since ? { since } : {}),
    ...(seq !== undefined ? { registeredSeq: seq } : {}),
  };
}

function holdingOf(v: HoldingValues): HoldingBody | null {
  if (!v.kind || !text(v.ref) || !text(v.description)) return null;
  const encumbrances: EncumbranceBody[] = [];
  for (const e of v.encumbrances ?? []) {
    const body = encumbranceOf(e);
    if (!body) return null;
    encumbrances.push(body);
  }
  const base = { kind: v.kind, ref: text(v.ref), description: text(v.description), encumbrances };
  switch (holdingWorth(v.kind)) {
    case 'balance': {
      const balanceFen = fenOf(v.balance, true);
      return balanceFen === null ? null : { ...base, balanceFen };
    }
    case 'valuation': {
      if (!text(v.valuation) && !text(v.basis)) return base;
      const amountFen = fenOf(v.valuation);
      return amountFen === null || !text(v.basis) ? null : { ...base, valuation: { amountFen, basis: text(v.basis) } };
    }
    case 'none':
      return base;
  }
}

function controlResultOf(act: ControlRequestAct, v: DeskAnswerValues): ControlResultBody | null {
  const outcome = v.outcome;
  if (!outcome || !outcomesFor(act).includes(outcome)) return null;
  if (outcome === 'refused') return text(v.reason) ? { type: 'controlResult', act, outcome, reason: text(v.reason) } : null;
  if (outcome === 'waiting') {
    const ahead = typeof v.queueAhead === 'number' && Number.isInteger(v.queueAhead) && v.queueAhead >= 0 ? { queueAhead: v.queueAhead } : {};
    return { type: 'controlResult', act, outcome, ...optionalText('controlRef', v.controlRef), ...ahead };
  }
  // done / partial: an amount where money is held or paid over (required for a deduction and for a part).
  let amount: { amountFen?: number } = {};
  if (answersAmount(act)) {
    const typed = text(v.amount);
    if (!typed && (act === 'deduct' || outcome === 'partial')) return null;
    if (typed) {
      const amountFen = fenOf(typed);
      if (amountFen === null) return null;
      amount = { amountFen };
    }
  }
  const effectiveOn = isOrder(act) ? civilDate(v.effectiveOn) : undefined;
  const expiresOn = isOrder(act) || act === 'renew' ? civilDate(v.expiresOn) : undefined;
  return {
    type: 'controlResult',
    act,
    outcome,
    ...optionalText('controlRef', v.controlRef),
    ...amount,
    ...(effectiveOn ? { effectiveOn } : {}),
    ...(expiresOn ? { expiresOn } : {}),
  };
}

/**
 * The answer the form describes, as the server takes it; null while something required is missing
 * or malformed (the form's own checks say what, next to the field).
 */
export function answerOf(request: Pick<DeskRequest, 'type' | 'act'>, v: DeskAnswerValues): DeskAnswer | null {
  const answeredBy = text(v.answeredBy);
  if (!answeredBy) return null;
  if (v.mode === 'rejection') {
    return v.code && text(v.message) ? { answeredBy, body: { type: 'rejection', code: v.code, message: text(v.message) } } : null;
  }
  if (request.type === 'inquiry') {
    if (v.nothingFound) return { answeredBy, body: { type: 'inquiryResult', holdings: [] } };
    const holdings: HoldingBody[] = [];
    for (const h of v.holdings ?? []) {
      const body = holdingOf(h);
      if (!body) return null;
      holdings.push(body);
    }
    return holdings.length > 0 ? { answeredBy, body: { type: 'inquiryResult', holdings } } : null;
  }
  const act = controlActOf(request);
  const body = act ? controlResultOf(act, v) : null;
  return body ? { answeredBy, body } : null;
}
