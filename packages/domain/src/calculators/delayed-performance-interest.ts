/**
 * Interest for delayed performance of a money judgment, doubled portion (加倍部分债务利息),
 * 法释〔2014〕8号 (最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释).
 * The general interest (一般债务利息) that a judgment may award is computed by the judgment's own
 * method (art. 1 para. 2) and is not part of this calculator.
 */
import { DomainError } from '../domain-error.js';
import { assertCivilDate, compareCivil, diffDays } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import { assertFen, fenFromBigInt } from '../money/fen.js';
import type { Fen } from '../money/fen.js';
import { roundHalfUp } from './round-half-up.js';

export interface DelayInterestPayment {
  /** Day the debtor paid, or the court deducted, withdrew or the sale ruling took effect (art. 3). */
  readonly date: CivilDate;
  readonly amount: Fen;
}

export interface DelayInterestInput {
  /** Money debt fixed by the judgment, excluding general debt interest (art. 1 para. 3). */
  readonly principal: Fen;
  /** Last day of the performance period fixed by the judgment (art. 2). */
  readonly performanceDeadline: CivilDate;
  /** Day up to which interest is computed (inclusive), e.g. today's date passed in by the caller. */
  readonly until: CivilDate;
  readonly payments?: readonly DelayInterestPayment[];
}

export interface DelayInterestSegment {
  /** Day before the first day counted: the deadline or the previous payment date. */
  from: CivilDate;
  /** Last day counted: a payment date or `until`. */
  to: CivilDate;
  days: number;
  /** Money debt outstanding during the segment. */
  principal: Fen;
  /** Interest of the segment, rounded half up to the fen for display. */
  interest: Fen;
}

export interface DelayInterestResult {
  /** Doubled-portion interest accrued in total, rounded half up once from the exact sum. */
  doubledInterest: Fen;
  interestPaid: Fen;
  outstandingInterest: Fen;
  outstandingPrincipal: Fen;
  /** Payments beyond the money debt and the interest accrued at the time they were made. */
  overpaid: Fen;
  /** Days of delay on which some money debt was outstanding (the sum of the segments' days). */
  totalDays: number;
  segments: DelayInterestSegment[];
}

// 法释〔2014〕8号 art. 1 para. 3: 日万分之一点七五 = 175 / 1,000,000 per day.
const RATE_NUMERATOR = 175n;
const RATE_DENOMINATOR = 1_000_000n;

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function validPayments(payments: readonly DelayInterestPayment[], until: CivilDate): DelayInterestPayment[] {
  payments.forEach((p, i) => {
    assertCivilDate(p.date, `payments[${String(i)}].date`);
    assertFen(p.amount, `payments[${String(i)}].amount`);
    if (p.amount <= 0) {
      throw new DomainError({
        code: 'DELAY_INTEREST_PAYMENT_NOT_POSITIVE',
        messageZh: `第${String(i + 1)}笔履行款金额必须大于零：${String(p.amount)} 分`,
        messageEn: `Payment ${String(i + 1)} must be a positive amount, got ${String(p.amount)} fen`,
        details: { index: i, amount: p.amount },
      });
    }
    if (compareCivil(p.date, until) > 0) {
      throw new DomainError({
        code: 'DELAY_INTEREST_PAYMENT_AFTER_UNTIL',
        messageZh: `第${String(i + 1)}笔履行款日期 ${p.date} 晚于计算截止日 ${until}`,
        messageEn: `Payment ${String(i + 1)} on ${p.date} is after the date interest is computed to, ${until}`,
        details: { index: i, date: p.date, until },
      });
    }
  });
  // Array.prototype.sort is stable: same-day payments keep their given order (and the order of
  // same-day payments does not change any total, since each goes to the debt first).
  return [...payments].sort((a, b) => compareCivil(a.date, b.date));
}

/**
 * Doubled-portion interest for delayed performance (法释〔2014〕8号):
 * unpaid money debt × 1.75/10,000 per day × days of delay (art. 1 para. 3).
 *
 * - Interest runs from the end of the performance period (art. 2); as every period in days, the
 *   starting day is not counted (民事诉讼法 art. 85), so the days of a segment are
 *   `diffDays(max(deadline, previous payment), payment date)`: deadline 2024-01-10 and payment on
 *   2024-02-10 is 31 days.
 * - Each part paid stops accruing on its own payment date (art. 3); payments on or before the
 *   deadline just reduce the debt. Same-day payments all apply on that day.
 * - A payment goes first to the money debt, then to the doubled interest accrued so far (art. 4);
 *   what is left is `overpaid`.
 * - Rounding: interest is accumulated exactly (bigint, in millionths of a fen) and rounded half
 *   up to the fen only where a stated value must be whole fen: `doubledInterest` once from the
 *   exact total, each segment's `interest` for display, and the interest a payment can settle
 *   (the rounded total so far minus what was paid). The segments' rounded interests may
 *   therefore differ from `doubledInterest` by at most half a fen per segment plus half a fen.
 *
 * Not modelled (callers must split the computation): instalment judgments, where each instalment
 * runs from its own deadline (art. 2), and stays not at the debtor's request, which are not
 * counted (art. 3 para. 3). Art. 4 yields to a different order agreed by the parties.
 *
 * Throws `MONEY_INVALID_FEN`, `INVALID_DATE`, `DELAY_INTEREST_NEGATIVE_PRINCIPAL`,
 * `DELAY_INTEREST_PAYMENT_NOT_POSITIVE`, `DELAY_INTEREST_PAYMENT_AFTER_UNTIL`, and
 * `MONEY_TOO_LARGE` if a result exceeds the safe integer range.
 *
 * ### Examples
 * 100,000 yuan, deadline 2024-01-10, 30,000 paid on 2024-02-10, until 2024-04-10:
 * 31 days × 100,000 × 0.000175 = 542.50, plus 60 days × 70,000 × 0.000175 = 735.00, so
 * `doubledInterest` = 127_750 fen (1,277.50 yuan) and `outstandingPrincipal` = 7_000_000 fen.
 */
export function delayedPerformanceInterest(input: DelayInterestInput): DelayInterestResult {
  const { principal, performanceDeadline, until } = input;
  assertFen(principal, 'principal');
  if (principal < 0) {
    throw new DomainError({
      code: 'DELAY_INTEREST_NEGATIVE_PRINCIPAL',
      messageZh: `未履行的金钱债务不能为负数：${String(principal)} 分`,
      messageEn: `The unpaid money debt must not be negative, got ${String(principal)} fen`,
      details: { principal },
    });
  }
  assertCivilDate(performanceDeadline, 'performanceDeadline');
  assertCivilDate(until, 'until');
  const payments = validPayments(input.payments ?? [], until);

  let outstanding = BigInt(principal);
  let accrued = 0n; // exact doubled interest, in millionths of a fen
  let interestPaid = 0n;
  let overpaid = 0n;
  let cursor = performanceDeadline; // max(deadline, last event): the last day already counted
  const segments: DelayInterestSegment[] = [];

  const accrueTo = (date: CivilDate): void => {
    if (compareCivil(date, cursor) <= 0) return;
    if (outstanding > 0n) {
      const days = diffDays(cursor, date);
      const exact = outstanding * RATE_NUMERATOR * BigInt(days);
      accrued += exact;
      segments.push({
        from: cursor,
        to: date,
        days,
        principal: Number(outstanding),
        interest: fenFromBigInt(roundHalfUp(exact, RATE_DENOMINATOR), 'interest'),
      });
    }
    cursor = date;
  };

  for (const payment of payments) {
    accrueTo(payment.date);
    let rest = BigInt(payment.amount);
    const toDebt = minBig(rest, outstanding);
    outstanding -= toDebt;
    rest -= toDebt;
    const interestDue = roundHalfUp(accrued, RATE_DENOMINATOR) - interestPaid;
    const toInterest = minBig(rest, interestDue);
    interestPaid += toInterest;
    overpaid += rest - toInterest;
  }
  accrueTo(until);

  const doubledInterest = roundHalfUp(accrued, RATE_DENOMINATOR);
  return {
    doubledInterest: fenFromBigInt(doubledInterest, 'doubledInterest'),
    interestPaid: Number(interestPaid),
    outstandingInterest: Number(doubledInterest - interestPaid),
    outstandingPrincipal: Number(outstanding),
    overpaid: fenFromBigInt(overpaid, 'overpaid'),
    totalDays: segments.reduce((sum, s) => sum + s.days, 0),
    segments,
  };
}
