/**
 * A year's holiday schedule as the administrator enters it: holiday periods as the State Council
 * notice lists them ("2 月 5 日至 11 日"), make-up working days one by one. Checked here as typed
 * with the domain's rules (calendar-year.ts), which the server applies again on saving.
 * Dates are civil dates (YYYY-MM-DD); arithmetic runs in UTC so no browser zone shifts a day.
 */

/** The contract's limits (zCalendarYear). */
export const MAX_HOLIDAYS = 60;
export const MAX_MAKEUP_DAYS = 20;

export type Period = readonly [from: string, to: string];

const DAY_MS = 86_400_000;
const toUtc = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(toUtc(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Every day of the periods, each once, in order; a period given back to front counts from its earlier end. */
export function expandPeriods(periods: readonly Period[]): string[] {
  const days = new Set<string>();
  for (const [a, b] of periods) {
    const [from, to] = a <= b ? [a, b] : [b, a];
    for (let ms = toUtc(from); ms <= toUtc(to); ms += DAY_MS) days.add(fromUtc(ms));
  }
  return [...days].sort();
}

/** Runs of consecutive days as periods, the way a notice lists them and the form edits them. */
export function toPeriods(dates: readonly string[]): Period[] {
  const sorted = [...new Set(dates)].sort();
  const periods: [string, string][] = [];
  for (const date of sorted) {
    const last = periods.at(-1);
    if (last && toUtc(date) - toUtc(last[1]) === DAY_MS) last[1] = date;
    else periods.push([date, date]);
  }
  return periods;
}

export type CalendarProblem =
  | { readonly kind: 'otherYear'; readonly date: string }
  | { readonly kind: 'weekday'; readonly date: string }
  | { readonly kind: 'alsoHoliday'; readonly date: string }
  | { readonly kind: 'tooManyHolidays'; readonly max: number }
  | { readonly kind: 'tooManyMakeup'; readonly max: number };

/** The first thing wrong with a year's holidays, or null. */
export function checkHolidays(year: number, holidays: readonly string[]): CalendarProblem | null {
  const elsewhere = holidays.find((d) => yearOf(d) !== year);
  if (elsewhere) return { kind: 'otherYear', date: elsewhere };
  if (new Set(holidays).size > MAX_HOLIDAYS) return { kind: 'tooManyHolidays', max: MAX_HOLIDAYS };
  return null;
}

/** The first thing wrong with a year's make-up working days: each a weekend day of the year, and no holiday. */
export function checkMakeupDays(year: number, makeup: readonly string[], holidays: readonly string[]): CalendarProblem | null {
  const days = new Set(holidays);
  for (const date of [...makeup].sort()) {
    if (yearOf(date) !== year) return { kind: 'otherYear', date };
    if (days.has(date)) return { kind: 'alsoHoliday', date };
    if (isoWeekday(date) < 6) return { kind: 'weekday', date };
  }
  if (new Set(makeup).size > MAX_MAKEUP_DAYS) return { kind: 'tooManyMakeup', max: MAX_MAKEUP_DAYS };
  return null;
}

export interface Coverage {
  readonly builtIn: { readonly from: number; readonly to: number };
  readonly extraYears: readonly { readonly year: number }[];
}

export const isCovered = (coverage: Coverage, year: number): boolean =>
  (year >= coverage.builtIn.from && year <= coverage.builtIn.to) || coverage.extraYears.some((y) => y.year === year);

/** The first year from `from` on that has no schedule: the one to enter next. */
export function firstUncovered(coverage: Coverage, from: number): number {
  let year = from;
  while (isCovered(coverage, year)) year += 1;
  return year;
}

/** The last year of the unbroken run of covered years that starts with the built-in ones. */
export const coveredUntil = (coverage: Coverage): number => firstUncovered(coverage, coverage.builtIn.from) - 1;
