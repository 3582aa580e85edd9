import { parseResidentId } from '@zhixing/domain';
import { systemClock, today } from '@zhixing/services';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';

/** Validates a citizen identity number; an invalid number is an answer (exit 0), not a failure. */
export const checkIdCommand: Command = {
  words: ['check', 'id'],
  synopsis: 'zhixing check id <身份证号 number>',
  summaryZh: '校验公民身份号码（GB 11643-1999），给出出生日期、性别和今日周岁',
  summaryEn: 'Check a citizen identity number (GB 11643-1999): birth date, sex and age today',
  options: [],
  examples: ['zhixing check id 11010519491231002X --json'],
  supportsJson: true,
  run(args, { out }) {
    const { positionals } = parseCommandArgs(args, {}, ['number']);
    const onDate = today(systemClock);
    const r = parseResidentId(positionals[0]!, { onDate });
    if (!r.ok) {
      const { code, messageZh, messageEn } = r.error;
      out.result({ valid: false, code, messageZh, messageEn }, () => [`无效 / Invalid [${code}]`, messageZh, messageEn]);
      return Promise.resolve(0);
    }
    const { number, regionCode, birthDate, sex, ageOnDate } = r.value;
    const age = ageOnDate ?? null;
    out.result({ valid: true, number, regionCode, birthDate, sex, age }, () => [
      `有效 / Valid：${number}`,
      `出生日期 / Birth date：${birthDate}`,
      `性别 / Sex：${sex === 'male' ? '男 male' : '女 female'}`,
      `周岁（${onDate}）/ Age on ${onDate}：${age ?? '?'}`,
      `地址码 / Region code：${regionCode}`,
    ]);
    return Promise.resolve(0);
  },
};
