import { sql, type Insertable } from 'kysely';
import type { LedgerPostingsTable, LedgerTransactionsTable } from '../schema.js';
import type { Executor } from './executor.js';

/** Books one transaction and its postings; the caller validated it (`validateTransaction`). */
export async function insertLedgerTransaction(db: Executor, tx: Insertable<LedgerTransactionsTable>, postings: readonly Omit<Insertable<LedgerPostingsTable>, 'transaction_id' | 'court_id'>[]): Promise<void> {
  await db.insertInto('ledger_transactions').values(tx).execute();
  await db
    .insertInto('ledger_postings')
    .values(postings.map((p) => ({ ...p, transaction_id: tx.id, court_id: tx.court_id })))
    .execute();
}

export function findLedgerTransaction(db: Executor, id: string) {
  return db.selectFrom('ledger_transactions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A case's transactions (those touching its sub-account) with their postings, oldest first. */
export async function listCaseLedger(db: Executor, caseId: string) {
  const txs = await db
    .selectFrom('ledger_transactions')
    .selectAll()
    .where((eb) => eb.or([eb('case_id', '=', caseId), eb('id', 'in', eb.selectFrom('ledger_postings').select('transaction_id').where('account_kind', '=', 'case').where('account_ref', '=', caseId))]))
    .orderBy('seq')
    .execute();
  const postings = txs.length === 0 ? [] : await db.selectFrom('ledger_postings').selectAll().where('transaction_id', 'in', txs.map((t) => t.id)).orderBy('id').execute();
  return { transactions: txs, postings };
}

/** Natural balance of one account: credits − debits for money held for someone, debits − credits for the bank. */
export async function accountBalance(db: Executor, kind: LedgerPostingsTable['account_kind'], ref: string): Promise<number> {
  const r = await db.selectFrom('ledger_postings').select(sql<string>`coalesce(sum(amount_fen), 0)`.as('sum')).where('account_kind', '=', kind).where('account_ref', '=', ref).executeTakeFirstOrThrow();
  const sum = Number(r.sum);
  return kind === 'bank' ? sum : 0 - sum;
}

/**
 * Money realised for a case: what receipts (and matched unidentified receipts) credited to its
 * sub-account, net of their reversals. It lowers what is still owed, whatever was paid out since.
 */
export async function caseRealisedFen(db: Executor, caseId: string): Promise<number> {
  const r = await sql<{ sum: string | null }>`
    select coalesce(sum(p.amount_fen), 0) as sum
    from ledger_postings p
    join ledger_transactions t on t.id = p.transaction_id
    left join ledger_transactions o on o.id = t.reverses
    where p.account_kind = 'case' and p.account_ref = ${caseId}
      and coalesce(o.type, t.type) in ('receipt', 'matchUnidentified')`.execute(db);
  return 0 - Number(r.rows[0]?.sum ?? 0);
}
