import { parseCreditCode } from '@zhixing/domain';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';

/** Validates a unified social credit code; an invalid code is an answer (exit 0), not a failure. */
export const checkUsccCommand: Command = {
  words: ['check', 'uscc'],
  synopsis: 'zhixing check uscc <统一社会信用代码 code>',
  summaryZh: '校验统一社会信用代码（GB 32100-2015）',
  summaryEn: 'Check a unified social credit code (GB 32100-2015)',
  options: [],
  examples: ['zhixing check uscc 91350100M000100Y43 --json'],
  supportsJson: true,
  run(args, { out }) {
    const { positionals } = parseCommandArgs(args, {}, ['code']);
    const r = parseCreditCode(positionals[0]!);
    if (!r.ok) {
      const { code, messageZh, messageEn } = r.error;
      out.result({ valid: false, code, messageZh, messageEn }, () => [`无效 / Invalid [${code}]`, messageZh, messageEn]);
      return Promise.resolve(0);
    }
    const c = r.value;
    out.result({ valid: true, ...c }, () => [
      `有效 / Valid：${c.code}`,
      `登记管理部门 / Registration authority：${c.registrationAuthority}  机构类别 / Organisation type：${c.organisationType}`,
      `行政区划码 / Region code：${c.regionCode}`,
      `组织机构代码 / Organisation code：${c.organisationCode}`,
    ]);
    return Promise.resolve(0);
  },
};
