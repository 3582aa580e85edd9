import { commandHelp, groupHelp, mainHelp } from './help.js';
import { Output, type CliIo } from './output.js';
import { EXIT_OK, EXIT_USAGE, reportError } from './report-error.js';
import { resolveCommand } from './resolve-command.js';

export interface CliRuntime extends CliIo {
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
}

/** Runs one invocation of `zhixing` and returns its exit code (0 ok, 1 failure, 2 usage error). */
export async function runCli(argv: readonly string[], runtime: CliRuntime): Promise<number> {
  // Known before parsing, so that even a usage error is reported as a JSON document.
  const beforeOptionsEnd = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  const json = beforeOptionsEnd.includes('--json');
  const wantsHelp = beforeOptionsEnd.includes('--help') || beforeOptionsEnd.includes('-h');
  const out = new Output(json, runtime);
  if (argv.length === 0) {
    out.note(mainHelp());
    out.error({ code: 'USAGE', message: '缺少命令 / Missing command', messageZh: '缺少命令', messageEn: 'Missing command' });
    return EXIT_USAGE;
  }
  let running = 'zhixing';
  try {
    const resolved = resolveCommand(argv, wantsHelp);
    switch (resolved.kind) {
      case 'mainHelp':
        out.help(mainHelp());
        return EXIT_OK;
      case 'groupHelp':
        out.help(groupHelp(resolved.group));
        return EXIT_OK;
      case 'command': {
        running = `zhixing ${resolved.command.words.join(' ')}`;
        if (wantsHelp) {
          out.help(commandHelp(resolved.command));
          return EXIT_OK;
        }
        return await resolved.command.run(resolved.args, { out, env: runtime.env, cwd: runtime.cwd });
      }
    }
  } catch (error) {
    return reportError(out, error, running);
  }
}
