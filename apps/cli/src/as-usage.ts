import { DomainError } from '@zhixing/domain';
import { UsageError } from './cli-errors.js';

/**
 * Runs a pure computation on the caller's arguments: when the domain rejects an input (an amount
 * with three decimals, a date that does not exist), that is a usage error carrying the domain's
 * own message, optionally prefixed with the flag it came from.
 */
export function asUsage<T>(compute: () => T, flag?: string): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainError) {
      const zh = flag ? `${flag}：${error.messageZh}` : error.messageZh;
      const en = flag ? `${flag}: ${error.messageEn}` : error.messageEn;
      throw new UsageError(zh, en, error.code);
    }
    throw error;
  }
}
