/**
 * The court's funds board (执行款管理): every receipt not yet paid out, with days left of its 30
 * (法发〔2017〕6号) and the overdue ones first, and the payments waiting for approval or payment.
 */
import { CASE_READER_ROLES } from '@zhixing/contracts';
import { listOpenPayouts, listOpenReceipts } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';
import { today } from '../today.js';
import { readConsistently } from '../read-consistently.js';
import { payoutView } from './payout-view.js';
import { receiptStatus } from './receipt-status.js';

const ORDER = { overdue: 0, due: 1, delayed: 2, paid: 3, reversed: 4 } as const;

export async function getFundsBoard(ctx: ServiceContext, actor: Actor, courtId?: string) {
  requireRole(actor, CASE_READER_ROLES);
  const [{ receipts, payouts }, calendar] = await Promise.all([
    // One snapshot: a payment and the receipt it settles are written together.
    readConsistently(ctx, async (db) => {
      const courts = await scopedCourtIds(db, actor, courtId);
      const [receipts, payouts] = await Promise.all([listOpenReceipts(db, courts), listOpenPayouts(db, courts)]);
      return { receipts, payouts };
    }),
    ctx.calendar(),
  ]);
  const day = today(ctx.clock);
  const rows = receipts
    .map((r) => ({ ...receiptStatus(r, day, calendar), bankSerial: r.bank_serial, caseId: r.case_id, caseNumber: r.case_number, courtId: r.court_id }))
    .sort((a, b) => ORDER[a.state] - ORDER[b.state] || a.daysLeft - b.daysLeft);
  return {
    receipts: rows,
    payouts: payouts.map((p) => ({ ...payoutView(p), caseId: p.case_id, caseNumber: p.case_number })),
    totals: {
      unpaidFen: rows.reduce((s, r) => s + r.amountFen - r.settledFen, 0),
      overdue: rows.filter((r) => r.state === 'overdue').length,
      awaitingApproval: payouts.filter((p) => p.state === 'proposed').length,
      awaitingPayment: payouts.filter((p) => p.state === 'approved').length,
    },
  };
}
