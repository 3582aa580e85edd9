import type { InterestResult } from '@zhixing/contracts';
import { delayedPerformanceInterest, fenToYuanString, parseYuan, unwrap, type CivilDate } from '@zhixing/domain';

const y = fenToYuanString;

export interface InterestInput {
  principal: string;
  performanceDeadline: CivilDate;
  until: CivilDate;
  payments: ReadonlyArray<{ date: CivilDate; amount: string }>;
}

/** Doubled delayed-performance interest (法释〔2014〕8号 arts. 1–4), money in yuan strings. */
export function calcInterest(input: InterestInput): InterestResult {
  const principal = unwrap(parseYuan(input.principal));
  const r = delayedPerformanceInterest({
    principal,
    performanceDeadline: input.performanceDeadline,
    until: input.until,
    payments: input.payments.map((p) => ({ date: p.date, amount: unwrap(parseYuan(p.amount)) })),
  });
  return {
    principal: y(principal),
    doubledInterest: y(r.doubledInterest),
    interestPaid: y(r.interestPaid),
    outstandingInterest: y(r.outstandingInterest),
    outstandingPrincipal: y(r.outstandingPrincipal),
    overpaid: y(r.overpaid),
    totalDays: r.totalDays,
    segments: r.segments.map((s) => ({ from: s.from, to: s.to, days: s.days, principal: y(s.principal), interest: y(s.interest) })),
    legalBasis: '民事诉讼法 第二百六十四条；最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释（法释〔2014〕8号）第一条至第四条',
  };
}
