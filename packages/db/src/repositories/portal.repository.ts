/** Party access on the public portal (issue 5): query codes, the per-case lock, party sessions. */
import type { Executor } from './executor.js';

/** Issues (or replaces) a party's query code: the old one stops working at once. */
export async function upsertPartyQueryCodes(db: Executor, rows: ReadonlyArray<{ partyId: string; caseId: string; courtId: string; codeHash: string; issuedAt: Date; issuedBy: string | null }>): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('party_query_codes')
    .values(rows.map((r) => ({ party_id: r.partyId, case_id: r.caseId, court_id: r.courtId, code_hash: r.codeHash, issued_at: r.issuedAt, issued_by: r.issuedBy })))
    .onConflict((oc) => oc.column('party_id').doUpdateSet((eb) => ({ code_hash: eb.ref('excluded.code_hash'), issued_at: eb.ref('excluded.issued_at'), issued_by: eb.ref('excluded.issued_by') })))
    .execute();
}

/** The case with this number, for a party's login: its id, court and stage only. */
export function findCaseByNumber(db: Executor, caseNumber: string) {
  return db.selectFrom('cases').select(['id', 'court_id', 'case_number']).where('case_number', '=', caseNumber).executeTakeFirst();
}

/** The case's lock row, locked for the rest of the transaction (created when missing). */
export async function lockPortalAccess(db: Executor, caseId: string) {
  await db.insertInto('portal_access_locks').values({ case_id: caseId, failures: 0, locked_until: null }).onConflict((oc) => oc.column('case_id').doNothing()).execute();
  return db.selectFrom('portal_access_locks').selectAll().where('case_id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
}

export async function setPortalAccessLock(db: Executor, caseId: string, failures: number, lockedUntil: Date | null): Promise<void> {
  await db.updateTable('portal_access_locks').set({ failures, locked_until: lockedUntil }).where('case_id', '=', caseId).execute();
}

/** The applicant or debtor of the case with this ID number or credit code, and their query code's hash. */
export function findPartyForLogin(db: Executor, caseId: string, identity: string) {
  return db
    .selectFrom('case_parties as p')
    .leftJoin('party_query_codes as q', 'q.party_id', 'p.id')
    .select(['p.id', 'p.name', 'p.party_role', 'p.kind', 'q.code_hash'])
    .where('p.case_id', '=', caseId)
    .where((eb) => eb.or([eb('p.id_number', '=', identity), eb('p.credit_code', '=', identity)]))
    .orderBy('p.position')
    .executeTakeFirst();
}

export async function insertPortalSession(db: Executor, s: { tokenHash: string; caseId: string; partyId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
  await db.insertInto('portal_sessions').values({ token_hash: s.tokenHash, case_id: s.caseId, party_id: s.partyId, created_at: s.createdAt, expires_at: s.expiresAt, ended_at: null }).execute();
}

/** A live party session: its case, court and party. */
export function findLivePortalSession(db: Executor, tokenHash: string, now: Date) {
  return db
    .selectFrom('portal_sessions as s')
    .innerJoin('cases as c', 'c.id', 's.case_id')
    .select(['s.token_hash', 's.case_id', 's.party_id', 's.expires_at', 'c.court_id'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.ended_at', 'is', null)
    .where('s.expires_at', '>', now)
    .executeTakeFirst();
}

export async function endPortalSession(db: Executor, tokenHash: string, at: Date): Promise<void> {
  await db.updateTable('portal_sessions').set({ ended_at: at }).where('token_hash', '=', tokenHash).where('ended_at', 'is', null).execute();
}

/** Ends every session of a party (their code was reissued: whoever held the old one is out). */
export async function endPartyPortalSessions(db: Executor, partyId: string, at: Date): Promise<void> {
  await db.updateTable('portal_sessions').set({ ended_at: at }).where('party_id', '=', partyId).where('ended_at', 'is', null).execute();
}

/** What a party's portal view shows of the money: receipts (not reversed, with their arrival days) and payouts, by payee. */
export async function portalMoney(db: Executor, caseId: string) {
  const receipts = await db.selectFrom('fund_receipts').select(['arrival_on', 'amount_fen']).where('case_id', '=', caseId).where('reversed', '=', false).orderBy('arrival_on').execute();
  const payouts = await db.selectFrom('fund_payouts').select(['id', 'payee_party_id', 'amount_fen', 'state']).where('case_id', '=', caseId).execute();
  return { receipts, receivedFen: receipts.reduce((s, r) => s + Number(r.amount_fen), 0), payouts };
}

/** The documents served on the parties (rulings, distribution plans): never the notices to institutions. */
export const PARTY_SERVED_DOCUMENT_KINDS = ['controlRuling', 'distributionPlan'] as const;

export function listPartyServedDocuments(db: Executor, caseId: string) {
  return db
    .selectFrom('case_documents')
    .select(['id', 'kind', 'number', 'title', 'issued_on'])
    .where('case_id', '=', caseId)
    .where('kind', 'in', PARTY_SERVED_DOCUMENT_KINDS)
    .orderBy('created_at')
    .execute();
}
