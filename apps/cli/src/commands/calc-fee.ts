import { calcFee } from '@zhixing/services';
import { asUsage } from '../as-usage.js';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';

/** Enforcement application fee: the same document as GET /api/v1/calc/fee. */
export const calcFeeCommand: Command = {
  words: ['calc', 'fee'],
  synopsis: 'zhixing calc fee [--amount <元 yuan>]',
  summaryZh: '计算执行申请费（诉讼费用交纳办法第十四条）；不给金额则给出 50–500 元区间',
  summaryEn: 'Enforcement application fee (Measures on Litigation Costs art. 14); without an amount, the 50–500 yuan range',
  options: [['--amount <元>', '申请执行金额（元，最多两位小数，可写 1,234.56）', 'Amount sought, in yuan (at most two decimals; 1,234.56 is fine)']],
  examples: ['zhixing calc fee --amount 150000', 'zhixing calc fee --json'],
  supportsJson: true,
  run(args, { out }) {
    const { values } = parseCommandArgs(args, { amount: { type: 'string' } });
    const result = asUsage(() => calcFee(values.amount), '--amount');
    out.result(result, () => {
      if (result.fee === null) {
        return [`未涉及财产数额：每件 ${result.min ?? '?'}–${result.max ?? '?'} 元`, `No amount of property involved: ${result.min ?? '?'}–${result.max ?? '?'} yuan per case`, `依据 / Legal basis：${result.legalBasis}`];
      }
      return [
        `执行申请费 / Enforcement fee：${result.fee} 元 yuan`,
        `申请执行金额 / Amount：${result.amount ?? ''} 元 yuan`,
        '分段 / Bands：',
        ...result.bands.map((b) => `  ${b.from} – ${b.to ?? '∞'}  费率 rate ${b.rate}  计费部分 part ${b.part}  费用 fee ${b.fee}`),
        `依据 / Legal basis：${result.legalBasis}`,
      ];
    });
    return Promise.resolve(0);
  },
};
