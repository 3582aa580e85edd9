import type { Output } from './output.js';

/** What a command may use: where to print, the environment and the working directory. */
export interface CommandEnv {
  readonly out: Output;
  readonly env: Record<string, string | undefined>;
  readonly cwd: string;
}

export interface Command {
  /** The words that name it: `['calc', 'fee']`, `['migrate']`. */
  readonly words: readonly string[];
  /** e.g. `zhixing calc fee [--amount <元 yuan>]` (the common flags are added by the help). */
  readonly synopsis: string;
  readonly summaryZh: string;
  readonly summaryEn: string;
  /** `[flag, 中文, English]` lines for the help. */
  readonly options: ReadonlyArray<readonly [string, string, string]>;
  readonly examples: readonly string[];
  /** False for commands whose output is not a document (`start`). */
  readonly supportsJson: boolean;
  /** Parses its own arguments (the command words removed) and returns the exit code. */
  run(args: readonly string[], env: CommandEnv): Promise<number>;
}
