import { DomainError } from '@zhixing/domain';
import { CliFailure, UsageError } from './cli-errors.js';
import { bilingual, type ErrorDocument, type Output } from './output.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The services' AppError (contracts), recognised by shape since the CLI may not import contracts. */
function isAppError(error: unknown): error is Error & { code: string; messageZh: string; messageEn: string; details?: Record<string, unknown> } {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && 'messageZh' in error && typeof error.messageZh === 'string' && 'messageEn' in error && typeof error.messageEn === 'string';
}

function documentOf(code: string, zh: string, en: string, details?: Record<string, unknown>): ErrorDocument {
  return { code, message: bilingual(zh, en), messageZh: zh, messageEn: en, ...(details ? { details } : {}) };
}

/** Prints any failure in the CLI's one error shape and returns its exit code. */
export function reportError(out: Output, error: unknown, runningCommand: string): number {
  if (error instanceof UsageError) {
    const helpFor = error.helpFor ?? runningCommand;
    out.error(documentOf('USAGE', error.messageZh, error.messageEn, error.rule ? { rule: error.rule } : undefined), `运行 ${helpFor} --help 查看用法 / Run ${helpFor} --help for usage`);
    return EXIT_USAGE;
  }
  if (error instanceof CliFailure) {
    out.error(documentOf(error.code, error.messageZh, error.messageEn, error.details));
    return EXIT_FAILURE;
  }
  if (error instanceof DomainError) {
    out.error(documentOf('RULE_VIOLATION', error.messageZh, error.messageEn, { rule: error.code, ...(error.details ?? {}) }));
    return EXIT_FAILURE;
  }
  if (isAppError(error)) {
    if (error.code === 'VALIDATION_FAILED') {
      out.error(documentOf('USAGE', error.messageZh, error.messageEn, error.details), `运行 ${runningCommand} --help 查看用法 / Run ${runningCommand} --help for usage`);
      return EXIT_USAGE;
    }
    out.error(documentOf(error.code, error.messageZh, error.messageEn, error.details));
    return EXIT_FAILURE;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.error(documentOf('INTERNAL', `意外错误：${message}`, `Unexpected error: ${message}`));
  if (error instanceof Error && error.stack) out.note(error.stack);
  return EXIT_FAILURE;
}
