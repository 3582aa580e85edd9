import { assertCivilDate } from '@zhixing/domain';
import { calcDeadline } from '@zhixing/services';
import { asUsage } from '../as-usage.js';
import { UsageError } from '../cli-errors.js';
import type { Command } from '../command.js';
import { parseCommandArgs, required } from '../parse-command-args.js';
import { withStore } from '../with-store.js';

const MAX_DAYS = 3650;

function dayCount(text: string): number {
  const days = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!Number.isSafeInteger(days) || days < 1 || days > MAX_DAYS) {
    throw new UsageError(`--days 应为 1 至 ${MAX_DAYS} 的整数：${text}`, `--days must be a whole number from 1 to ${MAX_DAYS}: ${text}`);
  }
  return days;
}

/** A period's last day on the holiday calendar of the store: the same document as GET /api/v1/calc/deadline. */
export const calcDeadlineCommand: Command = {
  words: ['calc', 'deadline'],
  synopsis: 'zhixing calc deadline --from <YYYY-MM-DD> --days <N> [--working]',
  summaryZh: '计算期间届满日（民事诉讼法第八十五条，节假日顺延），或按工作日计算；使用库中录入的节假日安排',
  summaryEn: 'Last day of a period (Civil Procedure Law art. 85, rolled past holidays) or in working days, on the holiday calendar in the store',
  options: [
    ['--from <日期>', '期间开始之日（不计入）', 'Day the period starts (not counted)'],
    ['--days <N>', `天数（1–${MAX_DAYS}）`, `Number of days (1–${MAX_DAYS})`],
    ['--working', '按工作日计算（扣除法定节假日，含调休上班日）', 'Count working days (official holidays out, make-up workdays in)'],
  ],
  examples: ['zhixing calc deadline --from 2025-09-30 --days 3', 'zhixing calc deadline --from 2025-09-30 --days 3 --working --json'],
  supportsJson: true,
  async run(args, { out, env, cwd }) {
    const { values } = parseCommandArgs(args, { from: { type: 'string' }, days: { type: 'string' }, working: { type: 'boolean' } });
    const from = asUsage(() => assertCivilDate(required(values.from, '--from', { zh: '开始日', en: 'start day' }).trim(), '--from'));
    const days = dayCount(required(values.days, '--days', { zh: '天数', en: 'number of days' }));
    const working = values.working ?? false;
    const result = await withStore(env, cwd, async ({ ctx }) => calcDeadline(await ctx.calendar(), from, days, working));
    out.result(result, () => [
      `届满日 / Deadline：${result.deadline}${result.rolledFrom ? `（${result.rolledFrom} 为节假日，顺延 / rolled forward from ${result.rolledFrom}, a holiday）` : ''}`,
      `${result.from} 起 ${result.days} 个${result.working ? '工作日' : '日'} / ${result.days} ${result.working ? 'working days' : 'days'} from ${result.from}`,
      ...(result.warningZh ? [`注意：${result.warningZh}`] : []),
      ...(result.warningEn ? [`Note: ${result.warningEn}`] : []),
      `依据 / Legal basis：${result.legalBasis}`,
    ]);
    return 0;
  },
};
