/**
 * Books one ledger transaction after the domain has checked it (double entry, shape per type,
 * sums to zero: `validateTransaction`). The caller's transaction holds everything else that
 * happens with it, so money and the act that moved it are written together or not at all.
 */
import { insertLedgerTransaction, type Executor } from '@zhixing/db';
import { unwrap, validateTransaction, type CivilDate, type Transaction } from '@zhixing/domain';

/** The court's enforcement-funds special account (执行款专户) as a ledger account ref. */
export const bankAccountRef = (courtId: string): string => `court:${courtId}`;

export interface BookingMeta {
  courtId: string;
  caseId: string | null;
  source: 'deduction' | 'manual' | 'statement';
  sourceRef: string | null;
  bookedAt: Date;
  bookedOn: CivilDate;
  memo: string;
  createdBy: string | null;
}

/** `reversed`: for a reversal, the transaction it reverses (the domain checks it mirrors it). */
export async function bookTransaction(trx: Executor, tx: Transaction, meta: BookingMeta, reversed?: Transaction): Promise<void> {
  unwrap(validateTransaction(tx, reversed));
  await insertLedgerTransaction(
    trx,
    {
      id: tx.id,
      court_id: meta.courtId,
      type: tx.type,
      case_id: meta.caseId,
      reverses: tx.reverses ?? null,
      reason: tx.reason ?? null,
      source: meta.source,
      source_ref: meta.sourceRef,
      booked_at: meta.bookedAt,
      booked_on: meta.bookedOn,
      memo: meta.memo,
      created_by: meta.createdBy,
    },
    tx.postings.map((p) => ({ account_kind: p.account.kind, account_ref: p.account.ref, amount_fen: p.amount })),
  );
}
