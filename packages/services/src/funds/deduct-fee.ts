/**
 * Court costs taken from the case's funds (扣收执行费用, 诉讼费用交纳办法 art. 14; the costs are
 * settled before payment, 法发〔2017〕6号): case debit, costs credit; it settles receipts like a
 * payment does.
 */
import { randomUUID } from 'node:crypto';
import { formatYuan } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { bookTransaction } from './book-transaction.js';
import { loadFundsCase, refuse } from './funds-case.js';
import { settleReceipts } from './settle-receipts.js';

export async function deductFee(ctx: ServiceContext, actor: Actor, caseId: string, entry: { amountFen: number; item: string }): Promise<{ transactionId: string }> {
  requireRole(actor, ['judge', 'officer']);
  const day = today(ctx.clock);
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    if (entry.amountFen > fc.availableFen) {
      throw refuse('FUNDS_INSUFFICIENT', `案款可用余额 ${formatYuan(fc.availableFen)}，不足以扣收 ${formatYuan(entry.amountFen)}`, `Only ${formatYuan(fc.availableFen)} is available in the case account`, { availableFen: fc.availableFen });
    }
    const transactionId = randomUUID();
    await bookTransaction(
      trx,
      { id: transactionId, type: 'feeDeduction', postings: [{ account: { kind: 'case', ref: caseId }, amount: entry.amountFen }, { account: { kind: 'costs', ref: caseId }, amount: -entry.amountFen }] },
      { courtId: fc.caseRow.court_id, caseId, source: 'manual', sourceRef: null, bookedAt: ctx.clock.now(), bookedOn: day, memo: `扣收${entry.item}`, createdBy: actor.userId },
    );
    await settleReceipts(trx, caseId, entry.amountFen, day);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'feeDeducted',
      after: { transactionId, amountFen: entry.amountFen, item: entry.item },
      legalBasis: '《诉讼费用交纳办法》第十四条',
      summaryZh: `从案款中扣收${entry.item} ${formatYuan(entry.amountFen)}`,
      summaryEn: `${formatYuan(entry.amountFen)} of costs (${entry.item}) taken from the case funds`,
    });
    return { transactionId };
  });
}
