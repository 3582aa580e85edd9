import { UsageError } from './cli-errors.js';
import type { Command } from './command.js';
import { COMMANDS, GROUPS } from './command-table.js';

export type Resolved =
  | { kind: 'command'; command: Command; args: string[] }
  | { kind: 'mainHelp' }
  | { kind: 'groupHelp'; group: string };

const isFlag = (token: string) => token.startsWith('-');

/**
 * Finds the command words among the arguments (flags may come before them, e.g.
 * `zhixing --json calc fee …`) and hands the rest, words removed, to the command.
 */
export function resolveCommand(argv: readonly string[], wantsHelp: boolean): Resolved {
  const first = argv.findIndex((t) => !isFlag(t));
  if (first < 0 || argv.slice(0, first).includes('--')) {
    if (wantsHelp) return { kind: 'mainHelp' };
    const stray = argv.find((t) => isFlag(t) && !['--json', '--help', '-h'].includes(t));
    if (stray !== undefined) throw new UsageError(`未知选项：${stray}（且缺少命令）`, `Unknown option: ${stray} (and no command)`);
    throw new UsageError('缺少命令', 'Missing command');
  }
  const word = argv[first]!;
  const single = COMMANDS.find((c) => c.words.length === 1 && c.words[0] === word);
  if (single) return { kind: 'command', command: single, args: argv.filter((_, i) => i !== first) };
  if (!(word in GROUPS)) {
    const known = [...new Set(COMMANDS.map((c) => c.words[0]))].join(', ');
    throw new UsageError(`未知命令：${word}（可用：${known}）`, `Unknown command: ${word} (known: ${known})`);
  }
  const members = COMMANDS.filter((c) => c.words[0] === word);
  const offset = argv.slice(first + 1).findIndex((t) => !isFlag(t));
  const second = offset < 0 ? -1 : first + 1 + offset;
  const subcommands = members.map((c) => c.words[1]).join(', ');
  if (second < 0) {
    if (wantsHelp) return { kind: 'groupHelp', group: word };
    throw new UsageError(`${word} 需要子命令：${subcommands}`, `${word} needs a subcommand: ${subcommands}`, undefined, `zhixing ${word}`);
  }
  const sub = argv[second]!;
  const command = members.find((c) => c.words[1] === sub);
  if (!command) throw new UsageError(`未知子命令：${word} ${sub}（可用：${subcommands}）`, `Unknown subcommand: ${word} ${sub} (known: ${subcommands})`, undefined, `zhixing ${word}`);
  return { kind: 'command', command, args: argv.filter((_, i) => i !== first && i !== second) };
}
