/**
 * The assessment behind both the preview and the order of a control (issue 4): which act the
 * property takes, what it is worth to the case, the over-seizure guard's verdict (民事诉讼法 (2023)
 * art. 253 ¶1; 查封规定 art. 19), the term (民诉法解释 art. 485) and anything that stops the order
 * whatever the guard says. Same code for both, so what the officer sees is what the order does.
 */
import { AppError } from '@zhixing/contracts';
import { findCaseProperty, findInstitution, type Executor, type InstitutionRow } from '@zhixing/db';
import {
  OVER_SEIZURE_OVERRIDES,
  PROPERTY_KINDS,
  categorySupports,
  controlTerm,
  guardControl,
  unwrap,
  valueToCase,
  type CivilDate,
  type ControlAct,
  type ControlTerm,
  type GuardVerdict,
  type InstitutionCategory,
  type OverSeizureOverride,
  type PropertyKind,
  type WorkingDayCalendar,
} from '@zhixing/domain';
import type { ControlCase } from './control-case.js';

export type PropertyRow = NonNullable<Awaited<ReturnType<typeof findCaseProperty>>>;

export interface ControlProblem {
  code: string;
  messageZh: string;
  messageEn: string;
}

export interface GuardView {
  verdict: GuardVerdict['verdict'];
  reason: 'alreadyCovered' | 'clearlyExceeds' | null;
  outstandingFen: number;
  coveredFen: number;
  neededFen: number;
  proposedFen: number;
  allowedFen: number | null;
  excessFen: number | null;
  overrides: OverSeizureOverride[];
}

export interface ControlAssessment {
  property: PropertyRow;
  institution: InstitutionRow;
  act: ControlAct;
  divisible: boolean;
  /** What the order holds, valued for the case: the amount for a divisible item, else the item's value. */
  proposedFen: number;
  /** The amount to ask the institution for (divisible items), null for a whole item. */
  amountFen: number | null;
  guard: GuardView;
  term: ControlTerm | null;
  problems: ControlProblem[];
}

const LIVE = new Set(['requested', 'inEffect', 'waiting']);

function problem(code: string, messageZh: string, messageEn: string): ControlProblem {
  return { code, messageZh, messageEn };
}

function guardView(v: GuardVerdict, outstandingFen: number, proposedFen: number): GuardView {
  return {
    verdict: v.verdict,
    reason: v.verdict === 'exceeds' ? v.reason : null,
    outstandingFen,
    coveredFen: v.covered,
    neededFen: v.needed,
    proposedFen,
    allowedFen: v.verdict === 'reduce' ? v.amount : null,
    excessFen: v.verdict === 'exceeds' ? v.excess : null,
    overrides: v.verdict === 'exceeds' ? [...v.overrides] : [],
  };
}

export async function assessControl(
  db: Executor,
  calendar: WorkingDayCalendar,
  cc: ControlCase,
  input: { propertyId: string; amountFen?: number | undefined; termMonths?: number | undefined },
  today: CivilDate,
): Promise<ControlAssessment> {
  const property = await findCaseProperty(db, input.propertyId);
  if (!property || property.case_id !== cc.caseRow.id) throw new AppError('NOT_FOUND', { zh: '本案没有该财产记录', en: 'No such property record in this case', details: { propertyId: input.propertyId } });
  const institution = (await findInstitution(db, property.institution_id))!;
  const kind = property.kind as PropertyKind;
  const rule = PROPERTY_KINDS[kind];
  const problems: ControlProblem[] = [];
  const act: ControlAct = rule.control ?? 'freeze';
  if (rule.control === null || rule.termClass === null) {
    problems.push(problem('CONTROL_NOT_CONTROLLABLE', `${rule.zh}是信息记录，不能采取控制措施`, `A ${rule.en.toLowerCase()} is information only: it cannot be controlled`));
  } else if (institution.retired_at !== null || !categorySupports(institution.category as InstitutionCategory, act) || !institution.acts.includes(act)) {
    problems.push(problem('CONTROL_INSTITUTION_CANNOT', `${institution.name}不办理网络${act === 'freeze' ? '冻结' : act === 'seal' ? '查封' : '扣押'}`, `${institution.name} does not carry out this control over the network`));
  }
  if (cc.caseRow.stage === 'closed') problems.push(problem('CONTROL_CASE_CLOSED', '案件已结案，不能采取控制措施', 'The case is closed: no control can be ordered'));
  if (cc.controls.some((c) => c.property_id === property.id && LIVE.has(c.state))) {
    problems.push(problem('CONTROL_ALREADY_HELD', '本案对该财产已有控制措施（在办、有效或轮候中）；如需增加数额，请先解除或在原措施上办理', 'This case already holds (or has asked to hold, or waits for) this property'));
  }
  const value = valueToCase({ kind, balanceFen: property.balance_fen, valuationFen: property.valuation_fen, encumbrances: property.encumbrances as Array<{ kind: string; amountFen?: number }> });
  if (input.amountFen !== undefined && !rule.divisible) {
    problems.push(problem('CONTROL_AMOUNT_NOT_DIVISIBLE', `${rule.zh}只能整体控制，不能指定数额`, `A ${rule.en.toLowerCase()} is held whole: no amount can be given`));
  }
  if (input.amountFen !== undefined && rule.divisible && input.amountFen > value) {
    problems.push(problem('CONTROL_AMOUNT_ABOVE_VALUE', `数额 ${input.amountFen} 分超过该财产可供本案执行的价值 ${value} 分`, `The amount (${input.amountFen} fen) is above what the property is worth to this case (${value} fen)`));
  }
  let term: ControlTerm | null = null;
  if (rule.termClass !== null) {
    const t = controlTerm(calendar, rule.termClass, today, input.termMonths);
    if (t.ok) term = t.value;
    else problems.push(problem(t.error.code, t.error.messageZh, t.error.messageEn));
  }
  const outstanding = cc.outstandingFen;
  let amountFen: number | null = rule.divisible ? Math.min(input.amountFen ?? value, value) : null;
  let proposedFen = amountFen ?? value;
  let verdict: GuardVerdict;
  if (outstanding === null) {
    // No money claim (e.g. delivery of a thing): the guard measures against money and does not apply.
    verdict = { verdict: 'within', covered: 0, needed: 0, coveredAfter: proposedFen };
  } else {
    verdict = unwrap(guardControl({ outstanding, held: cc.held, proposed: { value: proposedFen, divisible: rule.divisible } }));
    if (verdict.verdict === 'reduce' && input.amountFen === undefined) {
      // Nothing asked for: hold what is still needed, which the guard then passes.
      amountFen = verdict.amount;
      proposedFen = verdict.amount;
      verdict = unwrap(guardControl({ outstanding, held: cc.held, proposed: { value: proposedFen, divisible: true } }));
    }
  }
  if (rule.divisible && amountFen === 0) problems.push(problem('CONTROL_NOTHING_TO_HOLD', '该财产没有可供本案控制的余额', 'The property has no balance this case could hold'));
  return { property, institution, act, divisible: rule.divisible, proposedFen, amountFen, guard: guardView(verdict, outstanding ?? 0, proposedFen), term, problems };
}

export const overrideLabel = (ground: OverSeizureOverride) => OVER_SEIZURE_OVERRIDES[ground];
