import { assertCivilDate, parseYuan, unwrap } from '@zhixing/domain';
import { calcInterest, systemClock, today } from '@zhixing/services';
import { asUsage } from '../as-usage.js';
import { UsageError } from '../cli-errors.js';
import type { Command } from '../command.js';
import { parseCommandArgs, required } from '../parse-command-args.js';

function payment(text: string): { date: string; amount: string } {
  const colon = text.indexOf(':');
  if (colon < 0) throw new UsageError(`--payment 应写成 日期:金额（如 2024-02-10:30000）：${text}`, `--payment must be DATE:AMOUNT (e.g. 2024-02-10:30000): ${text}`);
  const date = asUsage(() => assertCivilDate(text.slice(0, colon).trim(), '--payment'));
  const amount = text.slice(colon + 1).trim();
  asUsage(() => unwrap(parseYuan(amount)), `--payment ${text}`);
  return { date, amount };
}

/** Doubled delayed-performance interest: the same document as POST /api/v1/calc/interest. */
export const calcInterestCommand: Command = {
  words: ['calc', 'interest'],
  synopsis: 'zhixing calc interest --principal <元> --due <YYYY-MM-DD> [--until <YYYY-MM-DD>] [--payment <日期:金额> …]',
  summaryZh: '计算迟延履行期间加倍部分债务利息（法释〔2014〕8号），可计入部分履行',
  summaryEn: 'Doubled interest for delayed performance (SPC interpretation 2014 No. 8), with partial payments',
  options: [
    ['--principal <元>', '生效法律文书确定的金钱债务（元）', 'Money debt fixed by the judgment, in yuan'],
    ['--due <日期>', '履行期间届满日', 'Last day of the performance period'],
    ['--until <日期>', '计算截止日（含当日；默认今天，北京时间）', 'Compute up to this day inclusive (default: today, China time)'],
    ['--payment <日期:金额>', '一笔履行款，可重复', 'A payment made, repeatable'],
  ],
  examples: ['zhixing calc interest --principal 100000 --due 2024-01-10 --until 2024-04-10 --payment 2024-02-10:30000'],
  supportsJson: true,
  run(args, { out }) {
    const { values } = parseCommandArgs(args, {
      principal: { type: 'string' },
      due: { type: 'string' },
      until: { type: 'string' },
      payment: { type: 'string', multiple: true },
    });
    const principal = required(values.principal, '--principal', { zh: '本金，元', en: 'principal in yuan' });
    asUsage(() => unwrap(parseYuan(principal)), '--principal');
    const due = asUsage(() => assertCivilDate(required(values.due, '--due', { zh: '履行期间届满日', en: 'end of the performance period' }).trim(), '--due'));
    const untilText = values.until;
    const until = untilText === undefined ? today(systemClock) : asUsage(() => assertCivilDate(untilText.trim(), '--until'));
    const payments = (values.payment ?? []).map(payment);
    const result = asUsage(() => calcInterest({ principal, performanceDeadline: due, until, payments }));
    out.result(result, () => [
      `加倍部分债务利息 / Doubled interest：${result.doubledInterest} 元 yuan（${result.totalDays} 天 days）`,
      `已付利息 / Interest paid：${result.interestPaid}  未付利息 / Outstanding interest：${result.outstandingInterest}`,
      `未还本金 / Outstanding principal：${result.outstandingPrincipal}  多付 / Overpaid：${result.overpaid}`,
      '分段 / Segments：',
      ...result.segments.map((s) => `  ${s.from} → ${s.to}  ${s.days} 天 days  本金 principal ${s.principal}  利息 interest ${s.interest}`),
      `依据 / Legal basis：${result.legalBasis}`,
    ]);
    return Promise.resolve(0);
  },
};
