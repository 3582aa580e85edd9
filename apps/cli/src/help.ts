import type { Command } from './command.js';
import { COMMANDS, GROUPS } from './command-table.js';

const COMMON = [
  ['--json', '只在标准输出打印一个 JSON 文档（金额为两位小数的元字符串）', 'Print exactly one JSON document on stdout (money as yuan strings, two decimals)'],
  ['-h, --help', '显示帮助', 'Show help'],
] as const;

// Han characters and full-width forms take two terminal columns.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const columns = (text: string) => Array.from(text).reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - columns(text)));

function optionLines(options: ReadonlyArray<readonly [string, string, string]>): string[] {
  const width = Math.max(...options.map(([flag]) => columns(flag)), 12);
  return options.flatMap(([flag, zh, en]) => [`  ${pad(flag, width)}  ${zh}`, `  ${' '.repeat(width)}  ${en}`]);
}

function commandList(commands: readonly Command[]): string[] {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length));
  return commands.map((c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summaryZh}\n  ${' '.repeat(width)}  ${c.summaryEn}`);
}

export function mainHelp(): string {
  return [
    '执行 Zhixing 命令行 — 两级法院执行案件平台',
    'Zhixing command line — enforcement case platform for the two levels of courts',
    '',
    '用法 / Usage: zhixing <命令 command> [选项 options]',
    '',
    '命令 / Commands:',
    ...commandList(COMMANDS),
    '',
    '通用选项 / Common options:',
    ...optionLines(COMMON),
    '',
    '环境变量 / Environment:',
    ...optionLines([
      ['DATA_DIR', '嵌入式数据库（PGlite）目录，默认 ./data', 'Embedded store (PGlite) directory, default ./data'],
      ['DATABASE_URL', 'PostgreSQL 连接串；设置后优先于 DATA_DIR', 'PostgreSQL connection string; wins over DATA_DIR'],
    ]),
    '',
    '退出码 / Exit codes: 0 成功 success · 1 失败 failure · 2 用法错误 usage error',
    '详见 / Details: zhixing <命令 command> --help',
  ].join('\n');
}

export function groupHelp(group: string): string {
  const commands = COMMANDS.filter((c) => c.words[0] === group);
  const name = GROUPS[group];
  return [
    `zhixing ${group} — ${name?.zh ?? ''} / ${name?.en ?? ''}`,
    '',
    `用法 / Usage: zhixing ${group} <${commands.map((c) => c.words[1]).join('|')}> [选项 options]`,
    '',
    ...commandList(commands),
  ].join('\n');
}

export function commandHelp(command: Command): string {
  const common = command.supportsJson ? COMMON : COMMON.filter(([flag]) => flag !== '--json');
  return [
    `${command.summaryZh}`,
    `${command.summaryEn}`,
    '',
    `用法 / Usage: ${command.synopsis}${command.supportsJson ? ' [--json]' : ''}`,
    ...(command.options.length ? ['', '选项 / Options:', ...optionLines(command.options)] : []),
    '',
    '通用选项 / Common options:',
    ...optionLines(common),
    ...(command.examples.length ? ['', '示例 / Examples:', ...command.examples.map((e) => `  ${e}`)] : []),
  ].join('\n');
}
