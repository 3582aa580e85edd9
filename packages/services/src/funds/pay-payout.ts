/**
 * Finance has paid an approved payment from the special account (发放执行款): the disbursement is
 * booked (payee debit, bank credit) with the bank's serial number, and the case's receipts are
 * settled oldest first — which stops their 30-day clocks (法发〔2017〕6号).
 */
import { AppError } from '@zhixing/contracts';
import { findFundPayout, updateFundPayout } from '@zhixing/db';
import { compareCivil, formatYuan } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { bankAccountRef, bookTransaction } from './book-transaction.js';
import { loadFundsCase, refuse } from './funds-case.js';
import { payoutView, type PayoutView } from './payout-view.js';
import { settleReceipts } from './settle-receipts.js';

export async function payPayout(ctx: ServiceContext, actor: Actor, payoutId: string, e: { bankSerial: string; paidOn?: string | undefined }): Promise<PayoutView> {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const day = today(ctx.clock);
  const paidOn = (e.paidOn ?? day);
  if (compareCivil(paidOn, day) > 0) throw refuse('FUNDS_DATE_IN_FUTURE', `付款日 ${paidOn} 晚于今天，不能预先登记`, `The payment date ${paidOn} is after today`);
  return ctx.database.db.transaction().execute(async (trx) => {
    const found = await findFundPayout(trx, payoutId);
    if (!found) throw new AppError('NOT_FOUND');
    await loadFundsCase(trx, actor, found.case_id, { lock: true });
    const p = (await findFundPayout(trx, payoutId, { lock: true }))!;
    if (p.state !== 'approved') throw refuse('FUNDS_PAYOUT_NOT_APPROVED', p.state === 'paid' ? '该笔执行款已发放' : '该笔发放尚未获批准，不能付款', p.state === 'paid' ? 'This payment was already made' : 'This payment is not approved', { state: p.state });
    const disburseTx = `${p.id}:disburse`;
    await bookTransaction(
      trx,
      { id: disburseTx, type: 'disburse', postings: [{ account: { kind: 'payee', ref: p.id }, amount: p.amount_fen }, { account: { kind: 'bank', ref: bankAccountRef(p.court_id) }, amount: -p.amount_fen }] },
      { courtId: p.court_id, caseId: p.case_id, source: 'manual', sourceRef: e.bankSerial, bookedAt: ctx.clock.now(), bookedOn: paidOn, memo: `发放给${p.payee_name}（${p.account}）`, createdBy: actor.userId },
    );
    await settleReceipts(trx, p.case_id, p.amount_fen, paidOn);
    const patch = { state: 'paid' as const, disburse_tx: disburseTx, paid_by: actor.userId, paid_on: paidOn, bank_serial: e.bankSerial };
    await updateFundPayout(trx, p.id, patch);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: p.court_id,
      caseId: p.case_id,
      action: 'fundsPaidOut',
      after: { payoutId: p.id, amountFen: p.amount_fen, paidOn, bankSerial: e.bankSerial },
      summaryZh: `已向${p.payee_name}发放执行款 ${formatYuan(p.amount_fen)}（流水号 ${e.bankSerial}）`,
      summaryEn: `${formatYuan(p.amount_fen)} paid to ${p.payee_name}`,
    });
    return payoutView({ ...p, ...patch });
  });
}
