/**
 * What the debtor owes today, for voluntary performance on the portal (issue 5): the money debt the
 * judgment fixed, the doubled interest for delayed performance to today (民事诉讼法 art. 264; 法释〔2014〕8号
 * arts. 1–4, the same calculator as the console's), less what has been received on the case, and where
 * to pay — the case's own sub-account number (一案一账号).
 */
import type { PartyCase } from '@zhixing/contracts';
import { delayedPerformanceInterest, fenToYuanString, type CivilDate } from '@zhixing/domain';

type Claim = { readonly kind: string; readonly amount_fen: number | null };
type Receipt = { readonly arrival_on: string; readonly amount_fen: number };

export const PERFORMANCE_LEGAL_BASIS = '民事诉讼法 第二百六十四条；最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释（法释〔2014〕8号）第一条至第四条';

export function voluntaryPerformance(input: {
  claims: readonly Claim[];
  receipts: readonly Receipt[];
  performanceDeadline: CivilDate | null;
  today: CivilDate;
  accountNumber: string;
  payee: string;
}): PartyCase['performance'] {
  const fen = (kind: string) => input.claims.filter((c) => c.kind === kind).reduce((s, c) => s + (c.amount_fen ?? 0), 0);
  // Art. 1 ¶3: the doubled interest runs on the money debt other than ordinary debt interest.
  const moneyDebt = fen('principal') + fen('costs');
  const generalInterest = fen('interest');
  if (moneyDebt + generalInterest === 0) return null;
  const payments = input.receipts.filter((r) => r.arrival_on <= input.today).map((r) => ({ date: r.arrival_on, amount: Number(r.amount_fen) }));
  const received = payments.reduce((s, p) => s + p.amount, 0);
  let doubledInterest = 0;
  let outstanding = Math.max(0, moneyDebt + generalInterest - received);
  if (input.performanceDeadline !== null && input.performanceDeadline < input.today && moneyDebt > 0) {
    const r = delayedPerformanceInterest({ principal: moneyDebt, performanceDeadline: input.performanceDeadline, until: input.today, payments });
    doubledInterest = r.doubledInterest;
    // Payments went to the money debt, then the doubled interest (art. 4); what was left over goes to the ordinary interest.
    outstanding = r.outstandingPrincipal + r.outstandingInterest + Math.max(0, generalInterest - r.overpaid);
  }
  return {
    moneyDebt: fenToYuanString(moneyDebt + generalInterest),
    doubledInterest: fenToYuanString(doubledInterest),
    received: fenToYuanString(received),
    outstanding: fenToYuanString(outstanding),
    asOf: input.today,
    accountNumber: input.accountNumber,
    payee: input.payee,
    legalBasis: PERFORMANCE_LEGAL_BASIS,
  };
}
