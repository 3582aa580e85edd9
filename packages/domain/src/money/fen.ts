/**
 * Money in the domain is an integer number of fen (分, 1/100 yuan): exact, comparable, and
 * stored as `bigint` in SQL. A JavaScript number holds integers exactly only up to
 * Number.MAX_SAFE_INTEGER (≈ 90 trillion yuan), so every amount must be a *safe* integer;
 * products that could pass that bound are computed with bigint and converted back here.
 */
import { DomainError } from '../domain-error.js';

/** An amount of money in fen; always a safe integer (may be negative only where stated). */
export type Fen = number;

/** Throws `MONEY_INVALID_FEN` unless `value` is a safe integer; returns it typed as {@link Fen}. */
export function assertFen(value: number, field = 'amount'): Fen {
  if (!Number.isSafeInteger(value)) {
    throw new DomainError({
      code: 'MONEY_INVALID_FEN',
      messageZh: `${field} 必须是以“分”为单位的整数（安全整数范围内），实际为：${String(value)}`,
      messageEn: `${field} must be a whole number of fen within the safe integer range, got ${String(value)}`,
      details: { field, value },
    });
  }
  return value;
}

/**
 * Converts an exact bigint amount of fen back to {@link Fen}, refusing (`MONEY_TOO_LARGE`)
 * rather than losing precision when it no longer fits a safe integer.
 */
export function fenFromBigInt(value: bigint, field = 'amount'): Fen {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new DomainError({
      code: 'MONEY_TOO_LARGE',
      messageZh: `${field} 超出可精确表示的金额范围（${String(Number.MAX_SAFE_INTEGER)} 分）：${value.toString()} 分`,
      messageEn: `${field} exceeds the largest exactly representable amount (${String(Number.MAX_SAFE_INTEGER)} fen): ${value.toString()} fen`,
      details: { field, value: value.toString() },
    });
  }
  return Number(value);
}
