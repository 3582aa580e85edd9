/**
 * The tamper-evident chain of events (全程留痕). Each event is stored with its `payload`: one line
 * naming it (court, seq, case, time, actor, action — the same values as its indexed columns) and
 * one line of canonical JSON with what happened (before/after, legal basis, summaries). Its hash is
 * SM3 (GB/T 32905-2016, Node's OpenSSL 'sm3') over the previous event's hash and the payload.
 * Changing, removing or re-ordering any stored event, or any indexed column, breaks the chain:
 * verification rebuilds the first line from the columns and hashes the stored payload.
 */
import { hash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth and `undefined` members dropped (stable bytes). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i] === undefined ? null : value[i]);
    return `${out}]`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${out}}`;
}

/** The indexed columns of an event, as its payload's first line names them. */
export interface EventHeader {
  courtId: string;
  seq: number;
  caseId: string | null;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string;
  actorCourtId: string | null;
  action: string;
}

/** What happened, as the payload's second line records it. */
export interface EventBody {
  before: unknown;
  after: unknown;
  legalBasis: string | null;
  summaryZh: string | null;
  summaryEn: string | null;
}

export type ChainedFields = EventHeader & EventBody;

export function headerLine(h: EventHeader): string {
  return JSON.stringify([h.courtId, h.seq, h.caseId, h.occurredAt.toISOString(), h.actorId, h.actorRole, h.actorCourtId, h.action]);
}

export function eventPayload(fields: ChainedFields): string {
  const body: EventBody = { before: fields.before ?? null, after: fields.after ?? null, legalBasis: fields.legalBasis, summaryZh: fields.summaryZh, summaryEn: fields.summaryEn };
  return `${headerLine(fields)}\n${canonicalJson(body)}`;
}

export function parseEventBody(payload: string): EventBody {
  return JSON.parse(payload.slice(payload.indexOf('\n') + 1)) as EventBody;
}

/** SM3 of a UTF-8 string, hex (one-shot: no Hash object per call, which matters on the verify path). */
export function sm3Hex(data: string): string {
  return hash('sm3', data, 'hex');
}

/** The link: SM3 over the previous hash, a newline and this event's payload. */
export function chainHash(prevHash: string, payload: string): string {
  return hash('sm3', `${prevHash}\n${payload}`, 'hex');
}
