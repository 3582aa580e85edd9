/**
 * Rendering fen as yuan. Digits are produced from the integer's decimal string, never by
 * dividing by 100 in floating point (which misrounds near 2^53).
 */
import { assertFen } from './fen.js';
import type { Fen } from './fen.js';

/** Splits |fen| into its yuan digits and the two fen digits, e.g. 123456 → ['1234', '56']. */
function yuanParts(fen: Fen): { negative: boolean; yuan: string; cents: string } {
  assertFen(fen, 'fen');
  const digits = String(Math.abs(fen)).padStart(3, '0');
  // `fen < 0` is false for -0, so negative zero prints as 0.00.
  return { negative: fen < 0, yuan: digits.slice(0, -2), cents: digits.slice(-2) };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * Display form used across the UI and documents (architecture.md: money `¥1,234.56`).
 *
 * ### Examples
 * `formatYuan(123456)` → `¥1,234.56`; `formatYuan(0)` → `¥0.00`; `formatYuan(-123456)` → `-¥1,234.56`.
 */
export function formatYuan(fen: Fen): string {
  const { negative, yuan, cents } = yuanParts(fen);
  return `${negative ? '-' : ''}¥${groupThousands(yuan)}.${cents}`;
}

/**
 * Machine form for JSON and exports: no symbol, no grouping, always two decimals.
 *
 * ### Examples
 * `fenToYuanString(123456)` → `"1234.56"`; `fenToYuanString(-5)` → `"-0.05"`.
 */
export function fenToYuanString(fen: Fen): string {
  const { negative, yuan, cents } = yuanParts(fen);
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}
