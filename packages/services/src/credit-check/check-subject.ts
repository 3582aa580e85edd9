/**
 * One credit check: may this person or organisation do this act? Answered from the process's
 * in-memory index (no database query), logged through the batching log, and fail-closed: when
 * the index is not known to be current the answer is `review`, never a stale `deny` or a false
 * `allow` (issue 3, "A removal can never be lost").
 */
import { AppError, type CreditCheckRequest, type CreditCheckResult } from '@zhixing/contracts';
import { SCENARIO_RULES, maskResidentId, type Scenario } from '@zhixing/domain';
import type { AgencyPrincipal } from './agency-book.js';
import type { CreditRuntime } from './credit-runtime.js';
import { evaluateCheck } from './evaluate-check.js';
import { isoInstant } from './check-log-buffer.js';
import { today } from '../today.js';
import type { Clock } from '../context.js';

export interface CheckMeta {
  readonly requestId: string | null;
  readonly channel: 'single' | 'bulk';
}

export function requireScenario(agency: AgencyPrincipal, scenario: Scenario): void {
  if (!agency.scenarios.has(scenario)) {
    throw new AppError('SCENARIO_NOT_PERMITTED', { details: { scenario, permitted: [...agency.scenarios] } });
  }
}

/** The one masking rule for what an agency is shown of the subject (organisation codes are public). */
export const maskedSubject = (kind: 'person' | 'organisation', id: string): string => (kind === 'person' ? maskResidentId(id) : id);

/** (shared by every answer without measures: the log only reads it) */
const NO_IDS: readonly number[] = [];

export function checkSubject(runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, req: CreditCheckRequest, meta: CheckMeta): CreditCheckResult {
  requireScenario(agency, req.scenario);
  const checkedAt = isoInstant(clock.now());
  const freshness = runtime.freshness();
  const e = evaluateCheck(runtime, req, freshness.fresh, () => today(clock), undefined);
  const masked = req.subject.kind === 'document' && e.reasons[0] === 'DOCUMENT_NOT_BOUND' ? maskResidentId(req.subject.docNumber) : maskedSubject(e.subjectKind, e.subjectId);
  runtime.log.push({
    agencyId: agency.id,
    checkedAt,
    channel: meta.channel,
    scenario: req.scenario,
    subjectKind: e.subjectKind,
    subjectId: e.subjectId,
    subjectMasked: masked,
    decision: e.decision,
    measureIds: e.measures.length === 0 ? NO_IDS : e.measures.map((m) => m.measureId),
    requestId: meta.requestId,
  });
  return {
    decision: e.decision,
    reasons: e.reasons,
    scenario: req.scenario,
    scenarioLabel: SCENARIO_RULES[req.scenario].zh,
    subject: { kind: e.subjectKind, masked },
    measures: e.measures,
    nameMatches: e.nameMatches,
    permitId: e.permitId,
    ...(e.decision === 'deny' ? { legalBasis: SCENARIO_RULES[req.scenario].legalBasis } : {}),
    checkedAt,
    indexSeq: freshness.lastSeq,
  };
}
