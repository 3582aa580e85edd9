/**
 * Finance records money that arrived in the special account for a case other than by a bank's
 * deduction: a debtor's voluntary payment into the case account, auction proceeds, other (执行款到账).
 * The 30-day payment clock starts on the day of arrival (法发〔2017〕6号).
 */
import { randomUUID } from 'node:crypto';
import { compareCivil, formatYuan } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { bookReceipt } from './book-receipt.js';
import { loadFundsCase, refuse } from './funds-case.js';

export interface ReceiptEntry {
  amountFen: number;
  channel: 'voluntary' | 'auction' | 'other';
  payer: string;
  bankSerial: string;
  arrivalOn?: string | undefined;
}

const CHANNEL_ZH = { voluntary: '自动履行', auction: '拍卖价款', other: '其他' } as const;

export async function recordReceipt(ctx: ServiceContext, actor: Actor, caseId: string, entry: ReceiptEntry): Promise<{ transactionId: string }> {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const day = today(ctx.clock);
  const arrivalOn = (entry.arrivalOn ?? day);
  if (compareCivil(arrivalOn, day) > 0) throw refuse('FUNDS_DATE_IN_FUTURE', `到账日 ${arrivalOn} 晚于今天，不能预先登记`, `The arrival date ${arrivalOn} is after today: it cannot be recorded in advance`);
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    const transactionId = randomUUID();
    await bookReceipt(trx, {
      transactionId,
      courtId: fc.caseRow.court_id,
      caseId,
      amountFen: entry.amountFen,
      channel: entry.channel,
      payer: entry.payer,
      source: 'manual',
      sourceRef: entry.bankSerial,
      arrivalOn,
      bookedAt: ctx.clock.now(),
      memo: `${CHANNEL_ZH[entry.channel]}：${entry.payer}（流水号 ${entry.bankSerial}）`,
      createdBy: actor.userId,
    });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'fundsReceived',
      after: { transactionId, amountFen: entry.amountFen, channel: entry.channel, payer: entry.payer, bankSerial: entry.bankSerial, arrivalOn },
      summaryZh: `执行款到账 ${formatYuan(entry.amountFen)}（${CHANNEL_ZH[entry.channel]}，缴款人 ${entry.payer}）`,
      summaryEn: `${formatYuan(entry.amountFen)} received (${entry.channel}, from ${entry.payer})`,
    });
    return { transactionId };
  });
}
