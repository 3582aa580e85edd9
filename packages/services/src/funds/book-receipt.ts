/**
 * A receipt into the court's special account for one case (执行款到账): the double entry
 * (bank debit, case credit) and the receipt's 30-day payment clock (法发〔2017〕6号), which starts
 * on the day of arrival. Used for deductions confirmed by a bank and for receipts finance records.
 */
import { insertFundReceipt, type Executor } from '@zhixing/db';
import type { CivilDate } from '@zhixing/domain';
import { bankAccountRef, bookTransaction } from './book-transaction.js';

export interface ReceiptInput {
  transactionId: string;
  courtId: string;
  caseId: string;
  amountFen: number;
  channel: 'deduction' | 'voluntary' | 'auction' | 'other';
  payer: string;
  source: 'deduction' | 'manual';
  sourceRef: string | null;
  arrivalOn: CivilDate;
  bookedAt: Date;
  memo: string;
  createdBy: string | null;
}

export async function bookReceipt(trx: Executor, r: ReceiptInput): Promise<void> {
  await bookTransaction(
    trx,
    { id: r.transactionId, type: 'receipt', postings: [{ account: { kind: 'bank', ref: bankAccountRef(r.courtId) }, amount: r.amountFen }, { account: { kind: 'case', ref: r.caseId }, amount: -r.amountFen }] },
    { courtId: r.courtId, caseId: r.caseId, source: r.source, sourceRef: r.sourceRef, bookedAt: r.bookedAt, bookedOn: r.arrivalOn, memo: r.memo, createdBy: r.createdBy },
  );
  await insertFundReceipt(trx, { transaction_id: r.transactionId, court_id: r.courtId, case_id: r.caseId, amount_fen: r.amountFen, channel: r.channel, payer: r.payer, arrival_on: r.arrivalOn });
}
