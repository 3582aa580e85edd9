/**
 * The bureau head or the president in charge approves delaying the payment of a receipt on one of
 * the five lawful grounds (法发〔2017〕6号; the wording of the grounds is unverified, see the
 * domain's DISBURSEMENT_DELAY_GROUND_LABELS). From then on it is not counted as overdue.
 */
import { AppError } from '@zhixing/contracts';
import { findFundReceipt, resolveWarning, updateFundReceipt } from '@zhixing/db';
import { DISBURSEMENT_DELAY_GROUND_LABELS, formatYuan, type DisbursementDelayGround } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { loadFundsCase, refuse } from './funds-case.js';
import { OVERDUE_KIND } from './settle-receipts.js';

export async function delayDisbursement(ctx: ServiceContext, actor: Actor, caseId: string, transactionId: string, d: { ground: DisbursementDelayGround; note: string }): Promise<{ ok: true }> {
  requireRole(actor, ['bureau_chief', 'president']);
  const day = today(ctx.clock);
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    const r = await findFundReceipt(trx, transactionId, { lock: true });
    if (!r || r.case_id !== caseId) throw new AppError('NOT_FOUND', { zh: '本案没有该笔到账款', en: 'No such receipt in this case' });
    if (r.settled_on !== null || r.reversed) throw refuse('FUNDS_RECEIPT_SETTLED', '该笔款项已发放完毕或已冲正，无需延缓', 'This receipt is already paid out or reversed');
    if (r.delay_ground !== null) throw refuse('FUNDS_ALREADY_DELAYED', `该笔款项已于 ${r.delay_approved_on} 批准延缓发放`, `A delay was already approved on ${r.delay_approved_on}`, { approvedOn: r.delay_approved_on });
    const label = DISBURSEMENT_DELAY_GROUND_LABELS[d.ground];
    await updateFundReceipt(trx, transactionId, { delay_ground: d.ground, delay_note: d.note, delay_approved_on: day, delay_approved_by: actor.userId });
    await resolveWarning(trx, caseId, OVERDUE_KIND, `receipt:${transactionId}`, day);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'disbursementDelayed',
      after: { transactionId, ground: d.ground, note: d.note },
      legalBasis: label.basis,
      summaryZh: `批准延缓发放 ${r.arrival_on} 到账的 ${formatYuan(r.amount_fen)}：${label.zh}（${d.note}）`,
      summaryEn: `Delay approved for the ${formatYuan(r.amount_fen)} received on ${r.arrival_on}: ${label.en}`,
    });
    return { ok: true as const };
  });
}
