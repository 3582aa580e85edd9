/**
 * A case's funds page (一案一账号): the sub-account's number and balance, what was received and
 * paid out, each receipt with its 30-day clock, the payments proposed, approved and made, and every
 * ledger transaction with its entries (reversals shown beside what they reverse).
 */
import { CASE_READER_ROLES } from '@zhixing/contracts';
import { accountBalance, listCaseLedger, listCasePayouts, listCaseReceiptsWithSerial } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { caseAccountNumber, loadFundsCase } from './funds-case.js';
import { readConsistently } from '../read-consistently.js';
import { payoutView } from './payout-view.js';
import { receiptStatus } from './receipt-status.js';

export async function getCaseFunds(ctx: ServiceContext, actor: Actor, caseId: string) {
  requireRole(actor, CASE_READER_ROLES);
  // One snapshot: the balance, the receipts, the payments and the ledger entries that make them add up.
  const [{ fc, receipts, payouts, ledger, costs }, calendar] = await Promise.all([
    readConsistently(ctx, async (db) => {
      const fc = await loadFundsCase(db, actor, caseId);
      const [receipts, payouts, ledger, costs] = await Promise.all([listCaseReceiptsWithSerial(db, caseId), listCasePayouts(db, caseId), listCaseLedger(db, caseId), accountBalance(db, 'costs', caseId)]);
      return { fc, receipts, payouts, ledger, costs };
    }),
    ctx.calendar(),
  ]);
  const day = today(ctx.clock);
  const live = receipts.filter((r) => !r.reversed);
  const reversedBy = new Map(ledger.transactions.filter((t) => t.reverses).map((t) => [t.reverses!, t.id]));
  return {
    accountNumber: caseAccountNumber(fc.caseRow),
    balanceFen: fc.balanceFen,
    availableFen: fc.availableFen,
    receivedFen: live.reduce((s, r) => s + r.amount_fen, 0),
    paidOutFen: payouts.filter((p) => p.state === 'paid').reduce((s, p) => s + p.amount_fen, 0),
    costsFen: costs,
    receipts: receipts.map((r) => ({ ...receiptStatus(r, day, calendar), bankSerial: r.bank_serial })),
    payouts: payouts.map(payoutView),
    transactions: ledger.transactions.map((t) => ({
      id: t.id,
      type: t.type,
      bookedOn: t.booked_on,
      bookedAt: t.booked_at.toISOString(),
      memo: t.memo,
      source: t.source,
      reverses: t.reverses,
      reversedBy: reversedBy.get(t.id) ?? null,
      postings: ledger.postings.filter((p) => p.transaction_id === t.id).map((p) => ({ accountKind: p.account_kind, accountRef: p.account_ref, amountFen: p.amount_fen })),
    })),
  };
}
