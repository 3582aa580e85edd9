/**
 * The decision of one check, as single and bulk checks both answer it: from the request to allow /
 * deny / review with the blocking measures. Fail-closed and name cross-check live here, so the two
 * channels cannot drift apart. No clock read, no log, no masking: the callers add what they need.
 */
import { invalidField, type CreditCheckRequest } from '@zhixing/contracts';
import type { CivilDate, Scenario } from '@zhixing/domain';
import type { MatchedMeasureView } from './matched-measure-view.js';
import type { CreditRuntime } from './credit-runtime.js';
import { aliasKey } from './credit-runtime.js';

export interface Evaluation {
  decision: 'allow' | 'deny' | 'review';
  reasons: string[];
  subjectKind: 'person' | 'organisation';
  /** The identity the answer is about (full number: for the protected log only). */
  subjectId: string;
  measures: MatchedMeasureView[];
  nameMatches: boolean | null;
  permitId: number | null;
}

const NONE: MatchedMeasureView[] = [];

/** Resolves the subject of a request to (kind, identity string); documents go through aliases. */
export function subjectOf(runtime: CreditRuntime, s: CreditCheckRequest['subject']): { kind: 'person' | 'organisation'; id: string } | null {
  if (s.kind === 'person') return { kind: 'person', id: s.idNumber.trim().toUpperCase() };
  if (s.kind === 'organisation') return { kind: 'organisation', id: s.creditCode.trim().toUpperCase() };
  const id = runtime.aliases.get(aliasKey(s.docType, s.docNumber));
  return id ? { kind: 'person', id } : null;
}

/**
 * @param fresh whether the index is known to be current (read once per request or per bulk chunk)
 * @param today for permits (限高规定 art. 8); asked only when a measure blocks the act
 * @param path the field named in a 400 for a malformed number
 */
export function evaluateCheck(runtime: CreditRuntime, req: CreditCheckRequest, fresh: boolean, today: () => CivilDate, path: string | undefined): Evaluation {
  const subject = subjectOf(runtime, req.subject);
  if (!subject) {
    // A document number nobody has bound to an identity: nothing is known against it.
    const s = req.subject as { docType: string; docNumber: string };
    return { decision: 'allow', reasons: ['DOCUMENT_NOT_BOUND'], subjectKind: 'person', subjectId: `${s.docType}:${s.docNumber}`, measures: NONE, nameMatches: null, permitId: null };
  }
  return evaluateSubject(runtime, subject.kind, subject.id, req.scenario, req.name ?? undefined, fresh, today, path);
}

const NO_REASONS: string[] = [];

/**
 * The decision for an identity already resolved and normalised (trimmed, upper case): the part of
 * a check after the subject is known, which the bulk comparison calls row by row without building
 * a request object per row.
 */
export function evaluateSubject(
  runtime: CreditRuntime,
  kind: 'person' | 'organisation',
  id: string,
  scenario: Scenario,
  name: string | undefined,
  fresh: boolean,
  today: () => CivilDate,
  path: string | undefined,
): Evaluation {
  const outcome = runtime.index.check(kind, id, scenario, name);
  if (!outcome.ok) {
    const where = path ?? (kind === 'person' ? 'subject.idNumber' : 'subject.creditCode');
    throw outcome.error === 'badCheckChar'
      ? invalidField(where, '校验码错误，号码有误', 'the check character does not match: the number is mistyped')
      : invalidField(where, kind === 'person' ? '不是有效的18位公民身份号码' : '不是有效的18位统一社会信用代码', kind === 'person' ? 'not a valid 18-character resident ID number' : 'not a valid 18-character unified social credit code');
  }
  if (!fresh) return { decision: 'review', reasons: ['INDEX_NOT_CURRENT'], subjectKind: kind, subjectId: id, measures: NONE, nameMatches: null, permitId: null };
  // (one shared empty reasons array: no caller mutates an evaluation)
  if (outcome.decision === 'allow') return { decision: 'allow', reasons: NO_REASONS, subjectKind: kind, subjectId: id, measures: NONE, nameMatches: outcome.nameMatches, permitId: null };
  // The number is on the list but the name differs: a mistyped number would deny the wrong person,
  // so a human looks, and nothing about the listed person is disclosed.
  if (outcome.nameMatches === false) return { decision: 'review', reasons: ['NAME_MISMATCH'], subjectKind: kind, subjectId: id, measures: NONE, nameMatches: false, permitId: null };
  const permitId = runtime.permits.covering(id, scenario, today());
  const measures = outcome.matched.map((m) => runtime.measureView(m));
  return { decision: permitId === null ? 'deny' : 'allow', reasons: [permitId === null ? 'MEASURE_IN_FORCE' : 'PERMITTED_CONSUMPTION'], subjectKind: kind, subjectId: id, measures, nameMatches: outcome.nameMatches, permitId };
}
