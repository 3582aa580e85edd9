/**
 * The JSON text of a single check's answer, written by hand for the hot route (ADR 0005): the
 * measures of a listed person are the same answer after answer, and escaping their long Chinese
 * strings (case number, court, legal basis) was most of `JSON.stringify`'s time. Each measure's
 * text is kept, keyed by its id and compared field by field before reuse, so a changed measure is
 * never answered from stale text. The output parses to exactly the object `JSON.stringify` gives
 * (serialize-check-result.test.ts checks it property by property).
 */
import type { CreditCheckResult } from '@zhixing/contracts';

type Measure = CreditCheckResult['measures'][number];

const MAX_CACHED = 100_000;
const measureTexts = new Map<number, { m: Measure; text: string }>();

function same(a: Measure, b: Measure): boolean {
  return (
    a.kind === b.kind &&
    a.role === b.role &&
    a.boundTo === b.boundTo &&
    a.caseNumber === b.caseNumber &&
    a.courtId === b.courtId &&
    a.courtName === b.courtName &&
    a.since === b.since &&
    a.legalBasis === b.legalBasis
  );
}

function measureText(m: Measure): string {
  const hit = measureTexts.get(m.measureId);
  if (hit && same(hit.m, m)) return hit.text;
  const text = JSON.stringify(m);
  if (measureTexts.size >= MAX_CACHED) measureTexts.clear();
  measureTexts.set(m.measureId, { m: { ...m }, text });
  return text;
}

const q = JSON.stringify;

export function serializeCheckResult(r: CreditCheckResult): string {
  let measures = '';
  for (let i = 0; i < r.measures.length; i++) measures += (i === 0 ? '' : ',') + measureText(r.measures[i]!);
  return (
    `{"decision":${q(r.decision)},"reasons":${q(r.reasons)},"scenario":${q(r.scenario)},"scenarioLabel":${q(r.scenarioLabel)},` +
    `"subject":{"kind":${q(r.subject.kind)},"masked":${q(r.subject.masked)}},"measures":[${measures}],` +
    `"nameMatches":${q(r.nameMatches)},"permitId":${q(r.permitId)},` +
    (r.legalBasis === undefined ? '' : `"legalBasis":${q(r.legalBasis)},`) +
    `"checkedAt":${q(r.checkedAt)},"indexSeq":${q(r.indexSeq)}}`
  );
}
