/**
 * Calendar dates of China Standard Time as `YYYY-MM-DD` strings ("civil dates").
 *
 * Every legal period in the platform is counted in whole days of CST (UTC+8, no daylight
 * saving since 1991), so dates travel as plain strings and are never `Date` objects in the
 * domain. Arithmetic goes through a day number (days since 1970-01-01) using the proleptic
 * Gregorian calendar; no clock is read.
 */
import { DomainError } from './domain-error.js';

export type CivilDate = string;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Day numbers of 0001-01-01 and 9999-12-31: the dates a `YYYY-MM-DD` string can spell. */
const MIN_DAY_NUMBER = -719162;
const MAX_DAY_NUMBER = 2932896;

function outOfRange(value: number, field: string): DomainError {
  return new DomainError({
    code: 'DATE_OUT_OF_RANGE',
    messageZh: `${field} 超出可表示的日期范围（0001-01-01 至 9999-12-31）：${value}`,
    messageEn: `${field} falls outside the dates that can be written YYYY-MM-DD (0001-01-01 to 9999-12-31): ${value}`,
    details: { field, value },
  });
}

function notAnInteger(value: number, field: string): DomainError {
  return new DomainError({
    code: 'INVALID_DAY_COUNT',
    messageZh: `${field} 必须是整数（日期按整日、整月计算）：${value}`,
    messageEn: `${field} must be a whole number (dates move in whole days or months): ${value}`,
    details: { field, value },
  });
}

/** Gregorian leap year (民法典 art. 202 month arithmetic depends on it for 02-29). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`; throws `INVALID_MONTH` for any other month. */
export function daysInMonth(year: number, month: number): number {
  // Without this guard a month of 13 or 0 silently answered 31.
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new DomainError({
      code: 'INVALID_MONTH',
      messageZh: `月份必须是 1 至 12 的整数：${month}`,
      messageEn: `A month must be a whole number from 1 to 12: ${month}`,
      details: { month },
    });
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `value` is a real date written `YYYY-MM-DD` (no 2023-02-29, no 2024-13-01). */
export function isCivilDate(value: string): boolean {
  const m = CIVIL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns `value` when it is a civil date, else throws `INVALID_DATE` naming `field`. */
export function assertCivilDate(value: string, field = 'date'): CivilDate {
  if (!isCivilDate(value)) {
    throw new DomainError({
      code: 'INVALID_DATE',
      messageZh: `${field} 不是有效日期（应为 YYYY-MM-DD）：${value}`,
      messageEn: `${field} is not a valid date (expected YYYY-MM-DD): ${value}`,
      details: { field, value },
    });
  }
  return value;
}

/** Year, month and day of a civil date (validated). */
export function civilParts(date: CivilDate): { year: number; month: number; day: number } {
  assertCivilDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: CivilDate): number {
  const { year, month, day } = civilParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number; throws for fractions and for dates outside 0001–9999. */
export function fromDayNumber(dayNumber: number): CivilDate {
  // Fractions, NaN and years outside 1..9999 used to come back as strings such as
  // "2025-01-2.5", "NaN-NaN-NaN" or "10000-01-01" that are not civil dates.
  if (!Number.isSafeInteger(dayNumber)) throw notAnInteger(dayNumber, 'dayNumber');
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) throw outOfRange(dayNumber, 'dayNumber');
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` moved by a whole number of days (negative: earlier). */
export function addDays(date: CivilDate, days: number): CivilDate {
  if (!Number.isSafeInteger(days)) throw notAnInteger(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: CivilDate, to: CivilDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * The date `months` months after `date`. A period counted in months ends on the day of the
 * last month with the same number as the start day; when that month is shorter, on its last
 * day (民法典 art. 202, applied to procedural periods by analogy with 民事诉讼法 art. 85).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  if (!Number.isSafeInteger(months)) throw notAnInteger(months, 'months');
  const { year, month, day } = civilParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  if (y < 1 || y > 9999) throw outOfRange(y, 'year');
  const m = index - y * 12 + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The CST calendar date of an instant given in epoch milliseconds. */
export function civilDateOf(epochMs: number): CivilDate {
  if (!Number.isFinite(epochMs)) throw outOfRange(epochMs, 'epochMs');
  return fromDayNumber(Math.floor((epochMs + CST_OFFSET_MS) / DAY_MS));
}

/** The instant (epoch milliseconds) at which a CST calendar date begins: civilDateOf's inverse. */
export function cstStartOf(date: CivilDate): number {
  return toDayNumber(date) * DAY_MS - CST_OFFSET_MS;
}

/**
 * Orders two civil dates (-1, 0, 1). Valid `YYYY-MM-DD` strings sort like the dates they name;
 * anything else would be ordered by accident ('2025-10-01' < '2025-9-30'), so both are checked.
 */
export function compareCivil(a: CivilDate, b: CivilDate): number {
  assertCivilDate(a, 'a');
  assertCivilDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}
