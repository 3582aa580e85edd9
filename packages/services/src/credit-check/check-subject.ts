/**
 * One credit check: may this person or organisation do this act? Answered from the process's
 * in-memory index (no database query), logged through the batching log, and fail-closed: when
 * the index is not known to be current the answer is `review`, never a stale `deny` or a false
 * `allow` (issue 3, "A removal can never be lost").
 */
import { AppError, invalidField, type CreditCheckRequest, type CreditCheckResult } from '@zhixing/contracts';
import { MEASURE_LEGAL_BASIS, SCENARIO_RULES, maskResidentId, type Scenario } from '@zhixing/domain';
import type { AgencyPrincipal } from './agency-book.js';
import type { CreditRuntime } from './credit-runtime.js';
import { aliasKey } from './credit-runtime.js';
import { today } from '../today.js';
import type { Clock } from '../context.js';

export interface CheckMeta {
  readonly requestId: string | null;
  readonly channel: 'single' | 'bulk';
  /** Index of the row in a bulk file, for error messages. */
  readonly path?: string;
  /** Bulk: the answer goes to the job's own log row (bulk-check.ts) instead of one row per check. */
  readonly collect?: (subjectId: string, decision: string) => void;
}

export function requireScenario(agency: AgencyPrincipal, scenario: Scenario): void {
  if (!agency.scenarios.has(scenario)) {
    throw new AppError('SCENARIO_NOT_PERMITTED', { details: { scenario, permitted: [...agency.scenarios] } });
  }
}

/** Resolves the subject of a request to (kind, identity string); documents go through aliases. */
function subjectOf(runtime: CreditRuntime, req: CreditCheckRequest): { kind: 'person' | 'organisation'; id: string; via: string | null } | null {
  const s = req.subject;
  if (s.kind === 'person') return { kind: 'person', id: s.idNumber.trim().toUpperCase(), via: null };
  if (s.kind === 'organisation') return { kind: 'organisation', id: s.creditCode.trim().toUpperCase(), via: null };
  const id = runtime.aliases.get(aliasKey(s.docType, s.docNumber));
  return id ? { kind: 'person', id, via: s.docType } : null;
}

export function checkSubject(runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, req: CreditCheckRequest, meta: CheckMeta): CreditCheckResult {
  requireScenario(agency, req.scenario);
  const checkedAt = clock.now();
  const subject = subjectOf(runtime, req);
  const freshness = runtime.freshness();
  const base = { scenario: req.scenario, scenarioLabel: SCENARIO_RULES[req.scenario].zh, checkedAt: checkedAt.toISOString(), indexSeq: freshness.lastSeq };
  let result: CreditCheckResult;
  if (!subject) {
    // A document number nobody has bound to an identity: nothing is known against it.
    result = { ...base, decision: 'allow', reasons: ['DOCUMENT_NOT_BOUND'], subject: { kind: 'person', masked: maskResidentId(req.subject.kind === 'document' ? req.subject.docNumber : '') }, measures: [], nameMatches: null, permitId: null };
  } else {
    const masked = subject.kind === 'person' ? maskResidentId(subject.id) : subject.id;
    const outcome = runtime.index.check(subject.kind, subject.id, req.scenario, req.name ?? undefined);
    if (!outcome.ok) {
      const path = meta.path ?? (subject.kind === 'person' ? 'subject.idNumber' : 'subject.creditCode');
      throw outcome.error === 'badCheckChar'
        ? invalidField(path, '校验码错误，号码有误', 'the check character does not match: the number is mistyped')
        : invalidField(path, subject.kind === 'person' ? '不是有效的18位公民身份号码' : '不是有效的18位统一社会信用代码', subject.kind === 'person' ? 'not a valid 18-character resident ID number' : 'not a valid 18-character unified social credit code');
    }
    if (!freshness.fresh) {
      result = { ...base, decision: 'review', reasons: ['INDEX_NOT_CURRENT'], subject: { kind: subject.kind, masked }, measures: [], nameMatches: null, permitId: null };
    } else if (outcome.decision === 'deny' && outcome.nameMatches === false) {
      // The number is on the list but the name differs: a mistyped number would deny the wrong
      // person, so a human looks, and nothing about the listed person is disclosed.
      result = { ...base, decision: 'review', reasons: ['NAME_MISMATCH'], subject: { kind: subject.kind, masked }, measures: [], nameMatches: false, permitId: null };
    } else {
      const permitId = outcome.decision === 'deny' ? runtime.permits.covering(subject.id, req.scenario, today(clock)) : null;
      const measures = outcome.matched.map((m) => ({
        measureId: m.measureId,
        kind: m.kind,
        role: m.role,
        boundTo: m.boundTo,
        caseNumber: m.caseNumberText,
        courtId: m.courtId,
        courtName: runtime.courtName(m.courtId),
        since: m.since,
        legalBasis: MEASURE_LEGAL_BASIS[m.kind],
      }));
      result = {
        ...base,
        decision: outcome.decision === 'deny' && permitId === null ? 'deny' : 'allow',
        reasons: outcome.decision === 'deny' ? (permitId === null ? ['MEASURE_IN_FORCE'] : ['PERMITTED_CONSUMPTION']) : [],
        subject: { kind: subject.kind, masked },
        measures,
        nameMatches: outcome.nameMatches,
        permitId,
        ...(outcome.decision === 'deny' ? { legalBasis: SCENARIO_RULES[req.scenario].legalBasis } : {}),
      };
    }
  }
  if (meta.collect) {
    meta.collect(subject?.id ?? (req.subject.kind === 'document' ? `${req.subject.docType}:${req.subject.docNumber}` : ''), result.decision);
    return result;
  }
  runtime.log.push({
    agencyId: agency.id,
    checkedAt,
    channel: meta.channel,
    scenario: req.scenario,
    subjectKind: subject?.kind ?? 'document',
    subjectId: subject?.id ?? (req.subject.kind === 'document' ? `${req.subject.docType}:${req.subject.docNumber}` : ''),
    subjectMasked: result.subject.masked,
    decision: result.decision,
    measureIds: result.measures.map((m) => m.measureId),
    requestId: meta.requestId,
  });
  return result;
}
