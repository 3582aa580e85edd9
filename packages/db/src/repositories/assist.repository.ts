import type { Insertable } from 'kysely';
import type { AssistRepliesTable, AssistRequestsTable, CasePropertiesTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertAssistRequests(db: Executor, rows: readonly Insertable<AssistRequestsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('assist_requests').values([...rows]).execute();
}

/** The request a reply names, locked for the rest of the transaction (one reply is booked at a time). */
export function lockAssistRequest(db: Executor, id: string) {
  return db.selectFrom('assist_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listCaseAssistRequests(db: Executor, caseId: string) {
  return db.selectFrom('assist_requests').selectAll().where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
}

/** Requests waiting to go out, oldest first (the dispatcher claims them with SKIP LOCKED). */
export function listQueuedAssistRequests(db: Executor, now: Date, limit: number) {
  return db.selectFrom('assist_requests').selectAll().where('state', '=', 'queued').where('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(limit).forUpdate().skipLocked().execute();
}

export async function markAssistRequest(db: Executor, id: string, patch: { state: AssistRequestsTable['state']; answered_at?: Date; sent_at?: Date }): Promise<void> {
  await db.updateTable('assist_requests').set(patch).where('id', '=', id).execute();
}

export function findBookedReply(db: Executor, messageId: string) {
  return db.selectFrom('assist_replies').select(['id', 'request_id']).where('message_id', '=', messageId).where('outcome', '=', 'booked').executeTakeFirst();
}

export async function insertAssistReply(db: Executor, row: Insertable<AssistRepliesTable>): Promise<void> {
  await db.insertInto('assist_replies').values(row).execute();
}

export function listRepliesOfRequests(db: Executor, requestIds: readonly string[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('assist_replies').select(['id', 'message_id', 'request_id', 'outcome', 'reason_code', 'reason', 'received_at']).where('request_id', 'in', requestIds).orderBy('id').execute();
}

/** A holding found again by a later inquiry updates its record (one record per case, institution and reference). */
export async function upsertCaseProperty(db: Executor, row: Insertable<CasePropertiesTable>): Promise<void> {
  await db
    .insertInto('case_properties')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['case_id', 'institution_id', 'ref']).doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        description: eb.ref('excluded.description'),
        balance_fen: eb.ref('excluded.balance_fen'),
        valuation_fen: eb.ref('excluded.valuation_fen'),
        valuation_basis: eb.ref('excluded.valuation_basis'),
        encumbrances: eb.ref('excluded.encumbrances'),
        updated_at: eb.ref('excluded.updated_at'),
        source_request: eb.ref('excluded.source_request'),
      })),
    )
    .execute();
}

export function listCaseProperties(db: Executor, caseId: string) {
  return db.selectFrom('case_properties').selectAll().where('case_id', '=', caseId).orderBy('kind').orderBy('ref').execute();
}
