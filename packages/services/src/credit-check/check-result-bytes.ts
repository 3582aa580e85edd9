/**
 * The answer of a single check as UTF-8 bytes (the hot route's serializer, ADR 0005). Sending a
 * JavaScript string that holds Chinese text makes the server encode it to UTF-8 on every answer,
 * and measure its byte length for Content-Length besides: for a deny, which carries case numbers,
 * court names and legal bases, that cost more than finding the answer. The Chinese parts repeat —
 * the same measures, the same act's label and basis — so their bytes are kept and reused; only
 * the short ASCII parts of each answer are encoded afresh.
 */
import type { CreditCheckResult } from '@zhixing/contracts';
import { sameMeasure, serializeCheckResult } from './serialize-check-result.js';

type Measure = CreditCheckResult['measures'][number];

const MAX_CACHED = 100_000;
const measureBytes = new Map<number, { m: Measure; bytes: Buffer }>();
const textBytes = new Map<string, Buffer>();

function measureOf(m: Measure): Buffer {
  const hit = measureBytes.get(m.measureId);
  if (hit && sameMeasure(hit.m, m)) return hit.bytes;
  const bytes = Buffer.from(JSON.stringify(m), 'utf8');
  if (measureBytes.size >= MAX_CACHED) measureBytes.clear();
  measureBytes.set(m.measureId, { m: { ...m }, bytes });
  return bytes;
}

/** A JSON string literal's bytes, kept: used for the act's label and legal basis (a few dozen values). */
function literalOf(text: string): Buffer {
  let bytes = textBytes.get(text);
  if (!bytes) {
    if (textBytes.size >= 1000) textBytes.clear();
    bytes = Buffer.from(JSON.stringify(text), 'utf8');
    textBytes.set(text, bytes);
  }
  return bytes;
}

const q = JSON.stringify;
const COMMA = Buffer.from(',');

/** Printable ASCII without `"` or `\`: such a string's JSON text is itself in quotes, byte for byte. */
const PLAIN_ASCII = /^[\x20-\x21\x23-\x5b\x5d-\x7e]*$/;

/**
 * The parts are ASCII text (one byte a character) and cached bytes, written straight into one
 * buffer of the summed length: no intermediate buffer per part and no Buffer.concat, which a
 * profile showed costing more than the rest of the answer together.
 */
function assemble(parts: Array<string | Buffer>): Buffer {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = Buffer.allocUnsafe(length);
  let at = 0;
  for (const p of parts) {
    if (typeof p === 'string') at += out.write(p, at, 'latin1');
    else {
      out.set(p, at);
      at += p.length;
    }
  }
  return out;
}

export function checkResultBytes(r: CreditCheckResult): Buffer {
  // Anything outside the expected shapes (a non-ASCII masked subject, odd reasons) takes the plain path.
  if (!PLAIN_ASCII.test(r.subject.masked) || !PLAIN_ASCII.test(r.checkedAt) || !r.reasons.every((x) => PLAIN_ASCII.test(x))) {
    return Buffer.from(serializeCheckResult(r), 'utf8');
  }
  const parts: Array<string | Buffer> = [
    `{"decision":${q(r.decision)},"reasons":${q(r.reasons)},"scenario":${q(r.scenario)},"scenarioLabel":`,
    literalOf(r.scenarioLabel),
    `,"subject":{"kind":${q(r.subject.kind)},"masked":${q(r.subject.masked)}},"measures":[`,
  ];
  for (let i = 0; i < r.measures.length; i++) {
    if (i > 0) parts.push(COMMA);
    parts.push(measureOf(r.measures[i]!));
  }
  parts.push(`],"nameMatches":${q(r.nameMatches)},"permitId":${q(r.permitId)},`);
  if (r.legalBasis !== undefined) parts.push('"legalBasis":', literalOf(r.legalBasis), COMMA);
  parts.push(`"checkedAt":${q(r.checkedAt)},"indexSeq":${q(r.indexSeq)}}`);
  return assemble(parts);
}
