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

const q = JSON.stringify;
const MAX_CACHED = 100_000;
const measureTexts = new Map<number, { m: Measure; text: string }>();
const compactTexts = new Map<number, { m: Measure; text: string }>();

/** Whether a cached measure's text still stands for this measure (every field but the id it is keyed by). */
export function sameMeasure(a: Measure, b: Measure): boolean {
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

function cachedText(cache: Map<number, { m: Measure; text: string }>, m: Measure, write: (m: Measure) => string): string {
  const hit = cache.get(m.measureId);
  if (hit && sameMeasure(hit.m, m)) return hit.text;
  const text = write(m);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(m.measureId, { m: { ...m }, text });
  return text;
}

const measureText = (m: Measure): string => cachedText(measureTexts, m, (x) => JSON.stringify(x));

/**
 * A measure in a bulk comparison's line: court names and legal bases, the same for every line, are
 * in the summary line instead (bulk-check.ts).
 */
const compactMeasureText = (m: Measure): string =>
  cachedText(compactTexts, m, (x) => JSON.stringify({ measureId: x.measureId, kind: x.kind, role: x.role, boundTo: x.boundTo, caseNumber: x.caseNumber, courtId: x.courtId, since: x.since }));

/** One answered row of a bulk comparison that is not a plain allow (the same decision as a single check). */
export function serializeBulkResult(row: number, r: Pick<CreditCheckResult, 'decision' | 'reasons' | 'measures' | 'nameMatches' | 'permitId'>, masked: string): string {
  let measures = '';
  for (let i = 0; i < r.measures.length; i++) measures += (i === 0 ? '' : ',') + compactMeasureText(r.measures[i]!);
  return `{"type":"result","row":${row},"decision":${q(r.decision)},"reasons":${q(r.reasons)},"subject":${q(masked)},"measures":[${measures}],"nameMatches":${q(r.nameMatches)},"permitId":${q(r.permitId)}}`;
}

/** Text kept by key in a bounded map (emptied when full): for pieces that take a few dozen values. */
function kept(cache: Map<string, string>, key: string, write: () => string): string {
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size >= 1000) cache.clear();
    text = write();
    cache.set(key, text);
  }
  return text;
}

/**
 * The answer's opening up to the subject's masked number — decision, reasons, act and its label,
 * subject kind — takes a few dozen values in practice: its text is kept, keyed by those fields.
 */
const heads = new Map<string, string>();
function headText(r: CreditCheckResult): string {
  // Free texts go in with their lengths, so no two different answers share a key (decision, act
  // and kind are codes).
  let key = `${r.decision}|${r.scenario}|${r.subject.kind}|${r.scenarioLabel.length}:${r.scenarioLabel}|${r.reasons.length}`;
  for (const reason of r.reasons) key += `|${reason.length}:${reason}`;
  return kept(heads, key, () => `{"decision":${q(r.decision)},"reasons":${q(r.reasons)},"scenario":${q(r.scenario)},"scenarioLabel":${q(r.scenarioLabel)},"subject":{"kind":${q(r.subject.kind)},"masked":`);
}

/** `"legalBasis":"…",` for the act's basis (a few dozen texts), kept. */
const bases = new Map<string, string>();
const basisText = (basis: string): string => kept(bases, basis, () => `"legalBasis":${q(basis)},`);

/**
 * Sent as a string, not as bytes: Node writes the headers and a string body in one system call
 * (a Buffer body takes a second iovec), which measured faster on the check route even with the
 * UTF-8 encoding of the Chinese parts on every answer (ADR 0005, "Where the time goes").
 */
export function serializeCheckResult(r: CreditCheckResult): string {
  let measures = '';
  for (let i = 0; i < r.measures.length; i++) measures += (i === 0 ? '' : ',') + measureText(r.measures[i]!);
  return (
    headText(r) +
    `${q(r.subject.masked)}},"measures":[${measures}],"nameMatches":${q(r.nameMatches)},"permitId":${q(r.permitId)},` +
    (r.legalBasis === undefined ? '' : basisText(r.legalBasis)) +
    `"checkedAt":${q(r.checkedAt)},"indexSeq":${q(r.indexSeq)}}`
  );
}
