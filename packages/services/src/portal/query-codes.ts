/**
 * Query codes (issue 5): made from the system's random source, shown once, kept only as
 * SHA-256(party id ‖ code) — a code is about 59 bits (domain query-code.ts), so a stolen hash is no
 * shortcut, and salting with the party's id means no two parties' hashes can be attacked at once.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IssuedQueryCode } from '@zhixing/contracts';
import { upsertPartyQueryCodes, type Executor } from '@zhixing/db';
import { formatQueryCode, queryCodeFromBytes } from '@zhixing/domain';

export function queryCodeHash(partyId: string, code: string): string {
  return createHash('sha256').update(`${partyId}:${code}`).digest('hex');
}

/** Whether `code` (normalised) is the party's; compares in constant time, and a party without a code matches nothing. */
export function queryCodeMatches(hash: string | null, partyId: string, code: string): boolean {
  const given = Buffer.from(queryCodeHash(partyId, code), 'hex');
  const kept = Buffer.from(hash ?? '0'.repeat(64), 'hex');
  return timingSafeEqual(given, kept) && hash !== null;
}

interface PartyOfCase {
  readonly id: string;
  readonly case_id: string;
  readonly court_id: string;
  readonly name: string;
  readonly party_role: 'applicant' | 'debtor';
}

/** New codes for these parties (replacing any they had), to hand out this once. */
export async function issueQueryCodes(db: Executor, parties: readonly PartyOfCase[], now: Date, issuedBy: string | null): Promise<IssuedQueryCode[]> {
  const issued = parties.map((p) => ({ party: p, code: queryCodeFromBytes(randomBytes(48)) }));
  await upsertPartyQueryCodes(
    db,
    issued.map(({ party, code }) => ({ partyId: party.id, caseId: party.case_id, courtId: party.court_id, codeHash: queryCodeHash(party.id, code), issuedAt: now, issuedBy })),
  );
  return issued.map(({ party, code }) => ({ partyId: party.id, name: party.name, partyRole: party.party_role, code: formatQueryCode(code), issuedAt: now.toISOString() }));
}
