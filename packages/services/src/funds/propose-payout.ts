/**
 * The officer accounts for the funds and proposes paying a creditor (核算, 法发〔2017〕6号): to an
 * applicant of the case, from what is available. It is booked only when approved.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '@zhixing/contracts';
import { insertFundPayout, listParties } from '@zhixing/db';
import { formatYuan } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { loadFundsCase, refuse } from './funds-case.js';
import { payoutView, type PayoutView } from './payout-view.js';

export interface PayoutProposal {
  payeePartyId: string;
  amountFen: number;
  account: string;
  note: string;
}

export async function proposePayout(ctx: ServiceContext, actor: Actor, caseId: string, p: PayoutProposal): Promise<PayoutView> {
  requireRole(actor, ['judge', 'officer']);
  const now = ctx.clock.now();
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    const payee = (await listParties(trx, caseId)).find((x) => x.id === p.payeePartyId);
    if (!payee) throw new AppError('NOT_FOUND', { zh: '本案没有该当事人', en: 'No such party in this case', details: { payeePartyId: p.payeePartyId } });
    if (payee.party_role !== 'applicant') throw refuse('FUNDS_PAYEE_NOT_APPLICANT', '执行款只能发放给申请执行人', 'Enforcement funds are paid to an applicant (the creditor)', { partyRole: payee.party_role });
    if (p.amountFen > fc.availableFen) {
      throw refuse('FUNDS_INSUFFICIENT', `案款可用余额 ${formatYuan(fc.availableFen)}，不足以发放 ${formatYuan(p.amountFen)}`, `Only ${formatYuan(fc.availableFen)} is available in the case account`, { availableFen: fc.availableFen });
    }
    const row = {
      id: randomUUID(),
      court_id: fc.caseRow.court_id,
      case_id: caseId,
      payee_party_id: payee.id,
      payee_name: payee.name,
      amount_fen: p.amountFen,
      account: p.account,
      note: p.note,
      state: 'proposed' as const,
      allocate_tx: null,
      disburse_tx: null,
      proposed_by: actor.userId,
      proposed_at: now,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      paid_by: null,
      paid_on: null,
      bank_serial: null,
    };
    await insertFundPayout(trx, row);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'payoutProposed',
      after: { payoutId: row.id, payee: payee.name, amountFen: p.amountFen },
      summaryZh: `拟向${payee.name}发放执行款 ${formatYuan(p.amountFen)}，待审批`,
      summaryEn: `Proposed: pay ${formatYuan(p.amountFen)} to ${payee.name} (awaiting approval)`,
    });
    return payoutView(row);
  });
}
