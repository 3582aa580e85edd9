import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from './cli-errors.js';

/** Flags every command accepts; `run-cli.ts` acts on them before the command runs. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ args: string[]; options: O & typeof COMMON_OPTIONS; strict: true; allowPositionals: true }>>['values'];

export interface ParsedCommandArgs<O extends ParseArgsOptionsConfig> {
  readonly values: Values<O>;
  /** Exactly the positionals named in `positionalNames`, in order. */
  readonly positionals: readonly string[];
}

/**
 * Strict `node:util` parseArgs with the common flags added; every complaint of parseArgs (unknown
 * flag, missing value, stray argument) and a missing positional become a bilingual usage error.
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(args: readonly string[], options: O, positionalNames: readonly string[] = []): ParsedCommandArgs<O> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageFromParseArgs(error);
  }
  const { positionals } = parsed;
  if (positionals.length < positionalNames.length) {
    const missing = positionalNames[positionals.length]!;
    throw new UsageError(`缺少参数 <${missing}>`, `Missing argument <${missing}>`);
  }
  if (positionals.length > positionalNames.length) {
    const extra = positionals[positionalNames.length]!;
    throw new UsageError(`多余的参数：${extra}`, `Unexpected argument: ${extra}`);
  }
  return { values: parsed.values as Values<O>, positionals };
}

function usageFromParseArgs(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS_')) return error;
  const flag = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`未知选项：${flag}`, `Unknown option: ${flag}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return new UsageError(`选项 ${flag} 不接受取值`, `Option ${flag} does not take a value`);
      return new UsageError(`选项 ${flag} 缺少取值（以 - 开头的值请写成 ${flag}=值）`, `Option ${flag} needs a value (write ${flag}=VALUE for a value starting with -)`);
    default:
      return new UsageError(`参数有误：${error.message}`, `Invalid arguments: ${error.message}`);
  }
}

/** A flag the command cannot do without. */
export function required<T>(value: T | undefined, flag: string, what: { zh: string; en: string }): T {
  if (value === undefined) throw new UsageError(`缺少必填选项 ${flag}（${what.zh}）`, `Missing required option ${flag} (${what.en})`);
  return value;
}
