/**
 * The raw side of benchmark 1: the rows one filing writes (cases, case_parties, case_claims,
 * case_events, case_deadlines), copied from a case filed through the service so every column has
 * the value shape the API path writes, then renumbered — new ids, the next case numbers, the next
 * links of the court's audit chain (hashed here, before the clock starts) — and inserted with
 * plain INSERTs, one transaction per case.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import { chainHash, eventPayload, parseEventBody, type CaseClaimsTable, type CaseDeadlinesTable, type CaseEventsTable, type CasePartiesTable, type ChainedFields, type Database, type Executor, type NewCase } from '@zhixing/db';
import { fileCase, type Actor, type ServiceContext } from '@zhixing/services';
import { filingRequest } from '@zhixing/services/testing';
import { formatCaseNumber, type CaseType } from '@zhixing/domain';

/** Debtor names the filings cycle through (API bodies and raw rows alike). */
export const DEBTORS = ['大连海星贸易有限公司', '大连北方建材有限公司', '大连金石物流有限公司', '大连蓝湾餐饮有限公司', '大连远航船舶服务有限公司', '大连星海科技有限公司', '大连华信置业有限公司', '大连鑫源水产有限公司'];

export function filingBody(i: number): string {
  return JSON.stringify(filingRequest({ debtorName: DEBTORS[i % DEBTORS.length]!, principal: `${(i % 50) * 1000 + 150000}.00` }));
}

async function readFiling(db: Executor, caseId: string) {
  const kase = await db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  const parties = await db.selectFrom('case_parties').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
  const claims = await db.selectFrom('case_claims').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
  const deadlines = await db.selectFrom('case_deadlines').selectAll().where('case_id', '=', caseId).execute();
  const event = await db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).where('action', '=', 'fileCase').executeTakeFirstOrThrow();
  const court = await db.selectFrom('courts').selectAll().where('id', '=', kase.court_id).executeTakeFirstOrThrow();
  return { kase, parties, claims, deadlines, event, court };
}

export type FilingTemplate = Awaited<ReturnType<typeof readFiling>>;

export interface RawFiling {
  caseRow: NewCase;
  parties: Insertable<CasePartiesTable>[];
  claims: Insertable<CaseClaimsTable>[];
  event: Insertable<CaseEventsTable>;
  deadlines: Insertable<CaseDeadlinesTable>[];
}

/** Where the raw filings continue: the court's next case sequence and the head of its chain. */
export interface RawCursor {
  sequence: number;
  seq: number;
  hash: string;
}

/** Files one case through the service (as `actor`) and returns its rows as the template. */
export async function fileTemplate(ctx: ServiceContext, actor: Actor): Promise<FilingTemplate> {
  const detail = await fileCase(ctx, actor, JSON.parse(filingBody(0)) as ReturnType<typeof filingRequest>);
  return readFiling(ctx.database.db, detail.id);
}

export async function cursorOf(db: Executor, t: FilingTemplate): Promise<RawCursor> {
  const counter = await db.selectFrom('case_number_counters').select('last_sequence').where('court_id', '=', t.court.id).where('year', '=', t.kase.year).where('case_type', '=', t.kase.case_type).executeTakeFirstOrThrow();
  const head = await db.selectFrom('audit_chain_heads').selectAll().where('court_id', '=', t.court.id).executeTakeFirstOrThrow();
  return { sequence: counter.last_sequence, seq: head.last_seq, hash: head.last_hash };
}

/** `count` filings continuing at `cursor` (which is advanced as if all were inserted). */
export function rawFilings(t: FilingTemplate, cursor: RawCursor, count: number, offset: number): RawFiling[] {
  const out: RawFiling[] = [];
  for (let k = 0; k < count; k++) {
    const caseId = randomUUID();
    const sequence = ++cursor.sequence;
    const caseNumber = formatCaseNumber({ year: t.kase.year, courtCode: t.court.code, caseType: t.kase.case_type as CaseType, sequence });
    const debtor = DEBTORS[(offset + k) % DEBTORS.length]!;
    const caseRow: NewCase = { ...t.kase, id: caseId, case_number: caseNumber, sequence, debtor_names: debtor, suspension: null, pending_extension: null };
    const parties = t.parties.map((p) => ({ ...p, id: randomUUID(), case_id: caseId, name: p.party_role === 'debtor' ? debtor : p.name }));
    const claims = t.claims.map((c) => ({ ...c, id: randomUUID(), case_id: caseId }));
    const deadlines = t.deadlines.map((d) => ({ ...d, case_id: caseId }));
    const body = parseEventBody(t.event.payload);
    const after = body.after as { caseNumber: string; debtors: Array<{ name: string; id: string | null }> };
    const fields: ChainedFields = {
      courtId: t.event.court_id, seq: ++cursor.seq, caseId, occurredAt: t.event.occurred_at, actorId: t.event.actor_id, actorRole: t.event.actor_role,
      actorCourtId: t.event.actor_court_id, action: t.event.action, before: body.before,
      after: { ...after, caseNumber, debtors: after.debtors.map((d) => ({ ...d, name: debtor })) },
      legalBasis: body.legalBasis, summaryZh: `立案：${caseNumber}`, summaryEn: `Filed as ${caseNumber}`,
    };
    const payload = eventPayload(fields);
    const hash = chainHash(cursor.hash, payload);
    const event: Insertable<CaseEventsTable> = {
      court_id: fields.courtId, seq: fields.seq, case_id: caseId, occurred_at: fields.occurredAt, actor_id: fields.actorId, actor_role: fields.actorRole,
      actor_court_id: fields.actorCourtId, action: fields.action, payload, prev_hash: cursor.hash, hash,
    };
    cursor.hash = hash;
    out.push({ caseRow, parties, claims, event, deadlines });
  }
  return out;
}

/** One raw filing: plain INSERTs of its rows in one transaction. */
export async function insertRawFiling(database: Database, f: RawFiling): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    await trx.insertInto('cases').values(f.caseRow).execute();
    await trx.insertInto('case_parties').values(f.parties).execute();
    await trx.insertInto('case_claims').values(f.claims).execute();
    await trx.insertInto('case_events').values(f.event).execute();
    await trx.insertInto('case_deadlines').values(f.deadlines).execute();
  });
}

/** After a raw run: the counter and the chain head where the last inserted filing left them. */
export async function settleCursor(db: Executor, t: FilingTemplate, filings: readonly RawFiling[]): Promise<void> {
  const last = filings.at(-1);
  if (!last) return;
  await db.updateTable('case_number_counters').set({ last_sequence: last.caseRow.sequence }).where('court_id', '=', t.court.id).where('year', '=', t.kase.year).where('case_type', '=', t.kase.case_type).execute();
  await db.updateTable('audit_chain_heads').set({ last_seq: last.event.seq, last_hash: last.event.hash }).where('court_id', '=', t.court.id).execute();
}
