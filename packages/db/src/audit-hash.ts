/**
 * The tamper-evident chain of events (全程留痕): each event's hash is SM3 (GB/T 32905-2016, the
 * national standard hash, in Node's OpenSSL as 'sm3') over the previous event's hash and the
 * canonical JSON of the event's own fields. Changing, removing or re-ordering any stored event
 * breaks every later link.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth and `undefined` members dropped, so the bytes hashed do not depend on key order in storage (jsonb re-orders keys). */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface ChainedFields {
  courtId: string;
  seq: number;
  caseId: string | null;
  occurredAt: Date;
  actorId: string | null;
  actorRole: string;
  actorCourtId: string | null;
  action: string;
  before: unknown;
  after: unknown;
  legalBasis: string | null;
  summaryZh: string | null;
  summaryEn: string | null;
}

export function eventBytes(fields: ChainedFields, prevHash: string): string {
  return `${prevHash}\n${canonicalJson({ ...fields, occurredAt: fields.occurredAt.toISOString() })}`;
}

export function sm3Hex(data: string): string {
  return createHash('sm3').update(data, 'utf8').digest('hex');
}

export function hashEvent(fields: ChainedFields, prevHash: string): string {
  return sm3Hex(eventBytes(fields, prevHash));
}
