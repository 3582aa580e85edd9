/**
 * The bureau head or the president in charge approves (or rejects) a proposed payment before it is
 * made (法发〔2017〕6号: payment is approved). On approval the allocation is booked: the amount
 * leaves the case's sub-account for the payee's (case debit, payee credit).
 */
import { AppError } from '@zhixing/contracts';
import { findFundPayout, updateFundPayout } from '@zhixing/db';
import { formatYuan } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { bookTransaction } from './book-transaction.js';
import { loadFundsCase, refuse } from './funds-case.js';
import { payoutView, type PayoutView } from './payout-view.js';

export async function decidePayout(ctx: ServiceContext, actor: Actor, payoutId: string, d: { approve: boolean; note: string }): Promise<PayoutView> {
  requireRole(actor, ['bureau_chief', 'president']);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const found = await findFundPayout(trx, payoutId);
    if (!found) throw new AppError('NOT_FOUND');
    const fc = await loadFundsCase(trx, actor, found.case_id, { lock: true });
    const p = (await findFundPayout(trx, payoutId, { lock: true }))!;
    if (p.state !== 'proposed') throw refuse('FUNDS_PAYOUT_NOT_PROPOSED', `该发放已${p.state === 'rejected' ? '被驳回' : '审批'}，不能再次审批`, `This payment was already decided (${p.state})`, { state: p.state });
    let allocateTx: string | null = null;
    if (d.approve) {
      // The proposal itself is counted in `availableFen`; the balance must still cover it.
      if (p.amount_fen > fc.balanceFen) throw refuse('FUNDS_INSUFFICIENT', `案款余额 ${formatYuan(fc.balanceFen)}，不足以发放`, `The case account holds only ${formatYuan(fc.balanceFen)}`, { balanceFen: fc.balanceFen });
      allocateTx = `${p.id}:allocate`;
      await bookTransaction(
        trx,
        { id: allocateTx, type: 'allocateToPayee', postings: [{ account: { kind: 'case', ref: p.case_id }, amount: p.amount_fen }, { account: { kind: 'payee', ref: p.id }, amount: -p.amount_fen }] },
        { courtId: p.court_id, caseId: p.case_id, source: 'manual', sourceRef: p.id, bookedAt: now, bookedOn: today(ctx.clock), memo: `核算发放给${p.payee_name}`, createdBy: actor.userId },
      );
    }
    const patch = { state: d.approve ? ('approved' as const) : ('rejected' as const), decided_by: actor.userId, decided_at: now, decision_note: d.note, allocate_tx: allocateTx };
    await updateFundPayout(trx, p.id, patch);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: p.court_id,
      caseId: p.case_id,
      action: d.approve ? 'payoutApproved' : 'payoutRejected',
      after: { payoutId: p.id, amountFen: p.amount_fen, note: d.note },
      summaryZh: `${d.approve ? '批准' : '驳回'}向${p.payee_name}发放执行款 ${formatYuan(p.amount_fen)}${d.note ? `：${d.note}` : ''}`,
      summaryEn: `${d.approve ? 'Approved' : 'Rejected'}: pay ${formatYuan(p.amount_fen)} to ${p.payee_name}`,
    });
    return payoutView({ ...p, ...patch });
  });
}
