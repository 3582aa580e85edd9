/**
 * A receipt recorded in error is reversed, never edited or deleted (冲正): the same accounts with
 * the amounts negated, with the reason, approved by the bureau head or the president. Only while
 * nothing of it was paid out; a bank's deduction is reversed only by the bank's own correction.
 */
import { AppError } from '@zhixing/contracts';
import { findFundReceipt, findLedgerTransaction, listCaseLedger, updateFundReceipt } from '@zhixing/db';
import { formatYuan, reverseTransaction, type Transaction } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { bookTransaction } from './book-transaction.js';
import { loadFundsCase, refuse } from './funds-case.js';

export async function reverseReceipt(ctx: ServiceContext, actor: Actor, caseId: string, transactionId: string, reason: string): Promise<{ transactionId: string }> {
  requireRole(actor, ['bureau_chief', 'president']);
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    const r = await findFundReceipt(trx, transactionId, { lock: true });
    const tx = await findLedgerTransaction(trx, transactionId);
    if (!r || !tx || r.case_id !== caseId) throw new AppError('NOT_FOUND', { zh: '本案没有该笔到账款', en: 'No such receipt in this case' });
    if (r.reversed) throw refuse('FUNDS_ALREADY_REVERSED', '该笔到账款已冲正', 'This receipt is already reversed');
    if (tx.source === 'deduction') throw refuse('FUNDS_DEDUCTION_NOT_REVERSIBLE', '银行扣划到账只能依银行的更正冲正', 'A deduction confirmed by a bank is reversed only by the bank\'s correction');
    if (r.settled_fen > 0) throw refuse('FUNDS_RECEIPT_SETTLED', '该笔款项已部分或全部发放，不能冲正', 'Part of this receipt was already paid out: it cannot be reversed');
    if (r.amount_fen > fc.availableFen) throw refuse('FUNDS_INSUFFICIENT', '案款可用余额不足以冲正该笔到账款（已有拟发放款项）', 'The case account no longer holds this amount free (payments are proposed)');
    const { postings } = await listCaseLedger(trx, caseId);
    const original: Transaction = { id: tx.id, type: tx.type, postings: postings.filter((p) => p.transaction_id === tx.id).map((p) => ({ account: { kind: p.account_kind, ref: p.account_ref }, amount: p.amount_fen })) };
    const reversal = reverseTransaction(original, reason);
    await bookTransaction(trx, reversal, { courtId: fc.caseRow.court_id, caseId, source: 'manual', sourceRef: tx.id, bookedAt: ctx.clock.now(), bookedOn: today(ctx.clock), memo: `冲正：${reason}`, createdBy: actor.userId }, original);
    await updateFundReceipt(trx, transactionId, { reversed: true });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'receiptReversed',
      after: { transactionId, reversal: reversal.id, reason },
      summaryZh: `冲正 ${r.arrival_on} 登记的到账款 ${formatYuan(r.amount_fen)}：${reason}`,
      summaryEn: `Reversed the ${formatYuan(r.amount_fen)} receipt of ${r.arrival_on}: ${reason}`,
    });
    return { transactionId: reversal.id };
  });
}
