/**
 * Money arrives as yuan strings ("1234.56"); it is shown as ¥1,234.56 without ever becoming a
 * float (architecture.md "Money": never floats).
 */
export function formatYuan(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === '') return '—';
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${fraction.padEnd(2, '0')}`;
}

/** A yuan amount as typed by a person: digits with at most two decimals, no sign. */
export const YUAN_PATTERN = /^(?:0|[1-9]\d{0,13})(?:\.\d{1,2})?$/;

/** Normalise "150000" or "150000.5" to the two-decimal string the API expects. */
export function normaliseYuan(input: string): string {
  const trimmed = input.trim().replace(/,/g, '');
  const [whole = '0', fraction = ''] = trimmed.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}
