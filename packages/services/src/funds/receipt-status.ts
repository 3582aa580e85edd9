/**
 * Where one receipt's payment stands (法发〔2017〕6号: paid within 30 days of arrival, or delayed on a
 * lawful ground), from the domain's `disbursementStatus`.
 */
import type { FundReceiptRow } from '@zhixing/db';
import { disbursementStatus, type CivilDate, type DisbursementDelayGround, type WorkingDayCalendar } from '@zhixing/domain';

export interface ReceiptStatusView {
  transactionId: string;
  amountFen: number;
  settledFen: number;
  channel: FundReceiptRow['channel'];
  payer: string;
  arrivalOn: string;
  dueOn: string;
  state: 'paid' | 'due' | 'overdue' | 'delayed' | 'reversed';
  daysLeft: number;
  paidLate: boolean;
  delay: { ground: DisbursementDelayGround; note: string; approvedOn: string } | null;
}

export function receiptStatus(r: FundReceiptRow, today: CivilDate, calendar: WorkingDayCalendar): ReceiptStatusView {
  const delay = r.delay_ground && r.delay_approved_on ? { ground: r.delay_ground as DisbursementDelayGround, approvedOn: r.delay_approved_on } : undefined;
  const s = disbursementStatus({ arrivalNoticeOn: r.arrival_on, today, ...(r.settled_on ? { paidOn: r.settled_on } : {}), ...(delay ? { delay } : {}) }, calendar);
  return {
    transactionId: r.transaction_id,
    amountFen: r.amount_fen,
    settledFen: r.settled_fen,
    channel: r.channel,
    payer: r.payer,
    arrivalOn: r.arrival_on,
    dueOn: s.dueOn,
    state: r.reversed ? 'reversed' : s.state,
    daysLeft: s.daysLeft,
    paidLate: s.state === 'paid' && s.paidLate,
    delay: delay ? { ground: delay.ground, note: r.delay_note ?? '', approvedOn: delay.approvedOn } : null,
  };
}
