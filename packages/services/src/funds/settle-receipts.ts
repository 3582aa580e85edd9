/**
 * Money leaving a case's sub-account (paid to a payee, taken as costs) settles its receipts oldest
 * first: a receipt is paid out on time when what left by then covers it (法发〔2017〕6号, 30 days).
 */
import { listCaseReceipts, resolveWarning, updateFundReceipt, type Executor } from '@zhixing/db';
import type { CivilDate } from '@zhixing/domain';

export const OVERDUE_KIND = 'disbursementOverdue';

export async function settleReceipts(trx: Executor, caseId: string, amountFen: number, on: CivilDate): Promise<void> {
  let left = amountFen;
  for (const r of await listCaseReceipts(trx, caseId, { lock: true })) {
    if (left === 0) break;
    if (r.reversed || r.settled_on !== null) continue;
    const take = Math.min(left, r.amount_fen - r.settled_fen);
    left -= take;
    const settled = r.settled_fen + take;
    const done = settled === r.amount_fen;
    await updateFundReceipt(trx, r.transaction_id, { settled_fen: settled, ...(done ? { settled_on: on } : {}) });
    if (done) await resolveWarning(trx, caseId, OVERDUE_KIND, `receipt:${r.transaction_id}`, on);
  }
}
