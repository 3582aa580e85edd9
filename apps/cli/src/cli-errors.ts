/**
 * The two failures the CLI raises itself. A {@link UsageError} is the caller's mistake (exit 2):
 * an unknown command or flag, a missing or malformed argument. A {@link CliFailure} is any other
 * refusal worth a precise message and a stable code (exit 1), e.g. a username already taken.
 */
export class UsageError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;
  /** The domain rule behind the refusal (e.g. MONEY_TOO_MANY_DECIMALS), when there is one. */
  readonly rule: string | undefined;
  /** The command whose `--help` to point at (default: the one that was running, else `zhixing`). */
  readonly helpFor: string | undefined;

  constructor(zh: string, en: string, rule?: string, helpFor?: string) {
    super(en);
    this.name = 'UsageError';
    this.messageZh = zh;
    this.messageEn = en;
    this.rule = rule;
    this.helpFor = helpFor;
  }
}

export class CliFailure extends Error {
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, zh: string, en: string, details?: Record<string, unknown>) {
    super(en);
    this.name = 'CliFailure';
    this.code = code;
    this.messageZh = zh;
    this.messageEn = en;
    this.details = details;
  }
}
