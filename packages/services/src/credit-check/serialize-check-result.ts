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
/** Printable ASCII without a quote or backslash: a JSON string as it stands. */
const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
/** `q` for a string, without calling JSON.stringify for the plain ones (masked numbers, instants). */
const qs = (s: string): string => (PLAIN_ASCII.test(s) ? `"${s}"` : q(s));
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
 * The last few openings are compared field by field first, which spares building the key (answer
 * after answer is an allow for the same act).
 */
const heads = new Map<string, string>();
interface Head {
  r: Pick<CreditCheckResult, 'decision' | 'scenario' | 'scenarioLabel'> & { kind: string; reasons: string[] };
  text: string;
}
const recentHeads: Head[] = [];
const RECENT_HEADS = 4;
function sameHead(h: Head['r'], r: CreditCheckResult): boolean {
  if (h.decision !== r.decision || h.scenario !== r.scenario || h.kind !== r.subject.kind || h.scenarioLabel !== r.scenarioLabel || h.reasons.length !== r.reasons.length) return false;
  for (let i = 0; i < h.reasons.length; i++) if (h.reasons[i] !== r.reasons[i]) return false;
  return true;
}
function headText(r: CreditCheckResult): string {
  for (const h of recentHeads) if (sameHead(h.r, r)) return h.text;
  // Free texts go in with their lengths, so no two different answers share a key (decision, act
  // and kind are codes).
  let key = `${r.decision}|${r.scenario}|${r.subject.kind}|${r.scenarioLabel.length}:${r.scenarioLabel}|${r.reasons.length}`;
  for (const reason of r.reasons) key += `|${reason.length}:${reason}`;
  const text = kept(heads, key, () => `{"decision":${q(r.decision)},"reasons":${q(r.reasons)},"scenario":${q(r.scenario)},"scenarioLabel":${q(r.scenarioLabel)},"subject":{"kind":${q(r.subject.kind)},"masked":`);
  if (recentHeads.length === RECENT_HEADS) recentHeads.pop();
  recentHeads.unshift({ r: { decision: r.decision, scenario: r.scenario, scenarioLabel: r.scenarioLabel, kind: r.subject.kind, reasons: [...r.reasons] }, text });
  return text;
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
    `${qs(r.subject.masked)}},"measures":[${measures}],"nameMatches":${r.nameMatches === null ? 'null' : r.nameMatches},"permitId":${r.permitId === null ? 'null' : q(r.permitId)},` +
    (r.legalBasis === undefined ? '' : basisText(r.legalBasis)) +
    `"checkedAt":${qs(r.checkedAt)},"indexSeq":${q(r.indexSeq)}}`
  );
}
