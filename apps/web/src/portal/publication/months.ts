/** Months as the open statistics speak of them (`YYYY-MM`), in China's time whatever the phone's zone. */
import type { Lang } from '../portal-i18n.js';

/** This month in China Standard Time. */
export function thisMonthInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

const index = (month: string): number => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return y * 12 + (m - 1);
};

/** `2026-11` moved by `by` months (negative: earlier). */
export function shiftMonth(month: string, by: number): string {
  const i = index(month) + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** How many months from `from` to `to`, both counted (0 when `from` is later). */
export const monthsCounted = (from: string, to: string): number => Math.max(0, index(to) - index(from) + 1);

/** The server's limit on one question (statistics.ts: at most 36 months). */
export const MAX_MONTHS = 36;

/**
 * A month on a chart's axis, short enough for a phone: `11月` / `Nov`, with the year where it turns
 * (`2026年1月` / `Jan 2026`) and on the first month; `*` marks the running month.
 */
export function axisMonth(month: string, lang: Lang, first: boolean, partial: boolean): string {
  const [y = '', m = ''] = month.split('-');
  const withYear = first || m === '01';
  const mark = partial ? '*' : '';
  if (lang === 'zh') return `${withYear ? `${y}年` : ''}${Number(m)}月${mark}`;
  const name = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(y), Number(m) - 1, 1)));
  return `${name}${withYear ? ` ${y}` : ''}${mark}`;
}
