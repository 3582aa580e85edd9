import { sql, type Insertable, type Updateable } from 'kysely';
import type { FundPayoutsTable, FundReceiptsTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertFundReceipt(db: Executor, row: Insertable<FundReceiptsTable>): Promise<void> {
  await db.insertInto('fund_receipts').values(row).execute();
}

export function listCaseReceipts(db: Executor, caseId: string, options: { lock?: boolean } = {}) {
  const q = db.selectFrom('fund_receipts').selectAll().where('case_id', '=', caseId).orderBy('arrival_on').orderBy('transaction_id');
  return (options.lock ? q.forUpdate() : q).execute();
}

/** A case's receipts with the bank's serial number of a receipt finance recorded (null for a deduction). */
export function listCaseReceiptsWithSerial(db: Executor, caseId: string) {
  return db
    .selectFrom('fund_receipts as r')
    .innerJoin('ledger_transactions as t', 't.id', 'r.transaction_id')
    .selectAll('r')
    .select((eb) => eb.case().when('t.source', '=', 'manual').then(eb.ref('t.source_ref')).else(null).end().as('bank_serial'))
    .where('r.case_id', '=', caseId)
    .orderBy('r.arrival_on')
    .orderBy('r.transaction_id')
    .execute();
}

export function findFundReceipt(db: Executor, transactionId: string, options: { lock?: boolean } = {}) {
  const q = db.selectFrom('fund_receipts').selectAll().where('transaction_id', '=', transactionId);
  return (options.lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function updateFundReceipt(db: Executor, transactionId: string, patch: Updateable<FundReceiptsTable>): Promise<void> {
  await db.updateTable('fund_receipts').set(patch).where('transaction_id', '=', transactionId).execute();
}

/** Receipts not yet fully paid out in the given courts, oldest first (the funds board, the daily scan). */
export function listOpenReceipts(db: Executor, courtIds?: readonly string[]) {
  let q = db
    .selectFrom('fund_receipts as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .innerJoin('ledger_transactions as t', 't.id', 'r.transaction_id')
    .selectAll('r')
    .select('c.case_number')
    .select((eb) => eb.case().when('t.source', '=', 'manual').then(eb.ref('t.source_ref')).else(null).end().as('bank_serial'))
    .where('r.settled_on', 'is', null)
    .where('r.reversed', '=', false);
  if (courtIds) {
    if (courtIds.length === 0) return Promise.resolve([]);
    q = q.where('r.court_id', 'in', [...courtIds]);
  }
  return q.orderBy('r.arrival_on').orderBy('r.transaction_id').execute();
}

export async function insertFundPayout(db: Executor, row: Insertable<FundPayoutsTable>): Promise<void> {
  await db.insertInto('fund_payouts').values(row).execute();
}

export function findFundPayout(db: Executor, id: string, options: { lock?: boolean } = {}) {
  const q = db.selectFrom('fund_payouts').selectAll().where('id', '=', id);
  return (options.lock ? q.forUpdate() : q).executeTakeFirst();
}

export async function updateFundPayout(db: Executor, id: string, patch: Updateable<FundPayoutsTable>): Promise<void> {
  await db.updateTable('fund_payouts').set(patch).where('id', '=', id).execute();
}

export function listCasePayouts(db: Executor, caseId: string) {
  return db.selectFrom('fund_payouts').selectAll().where('case_id', '=', caseId).orderBy('proposed_at').orderBy('id').execute();
}

export function listOpenPayouts(db: Executor, courtIds: readonly string[]) {
  if (courtIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('fund_payouts as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .selectAll('p')
    .select('c.case_number')
    .where('p.court_id', 'in', [...courtIds])
    .where('p.state', 'in', ['proposed', 'approved'])
    .orderBy('p.proposed_at')
    .execute();
}

/** Bank postings of a court's special account in a date window, with their transactions (reconciliation). */
export function listBankPostings(db: Executor, courtId: string, bankRef: string, from: string, to: string) {
  return db
    .selectFrom('ledger_postings as p')
    .innerJoin('ledger_transactions as t', 't.id', 'p.transaction_id')
    .select(['t.id', 't.type', 't.booked_on', 't.source', 't.source_ref', 't.memo', 't.case_id', 'p.amount_fen'])
    .where('p.court_id', '=', courtId)
    .where('p.account_kind', '=', 'bank')
    .where('p.account_ref', '=', bankRef)
    .where('t.booked_on', '>=', from)
    .where('t.booked_on', '<=', to)
    .orderBy('t.booked_on')
    .orderBy('t.seq')
    .execute();
}

/** What is committed out of a case's balance by payouts proposed but not yet approved. */
export async function proposedPayoutsFen(db: Executor, caseId: string): Promise<number> {
  const r = await db.selectFrom('fund_payouts').select(sql<string>`coalesce(sum(amount_fen), 0)`.as('sum')).where('case_id', '=', caseId).where('state', '=', 'proposed').executeTakeFirstOrThrow();
  return Number(r.sum);
}
