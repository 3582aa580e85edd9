/**
 * The daily scan of funds not paid out (法发〔2017〕6号: within 30 days of arrival): a receipt past its
 * due day without an approved delay is a warning on the supervisors' board, one per receipt,
 * settled when it is paid out or a delay is approved.
 */
import { randomUUID } from 'node:crypto';
import { listOpenReceipts, openWarning } from '@zhixing/db';
import { formatYuan } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { today } from '../today.js';
import { receiptStatus } from './receipt-status.js';
import { OVERDUE_KIND } from './settle-receipts.js';

export async function scanDisbursements(ctx: ServiceContext): Promise<{ overdue: number }> {
  const day = today(ctx.clock);
  const calendar = await ctx.calendar();
  let overdue = 0;
  for (const r of await listOpenReceipts(ctx.database.db)) {
    const s = receiptStatus(r, day, calendar);
    if (s.state !== 'overdue') continue;
    overdue += 1;
    await openWarning(ctx.database.db, {
      id: randomUUID(),
      court_id: r.court_id,
      case_id: r.case_id,
      kind: OVERDUE_KIND,
      node: `receipt:${r.transaction_id}`,
      due_date: s.dueOn,
      days: s.daysLeft,
      message_zh: `${r.arrival_on} 到账的执行款 ${formatYuan(r.amount_fen - r.settled_fen)}超过 30 日未发放（应于 ${s.dueOn} 前发放）`,
      message_en: `${formatYuan(r.amount_fen - r.settled_fen)} received on ${r.arrival_on} is not paid out after 30 days (due ${s.dueOn})`,
      detected_on: day,
      resolved_on: null,
    });
  }
  return { overdue };
}
