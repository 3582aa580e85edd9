/**
 * The official holiday schedules of 2004–2026 as shipped by the `chinese-days` package
 * (data compiled from the State Council's yearly notices). Only its JSON data file is read:
 * a pure lookup table, so the domain stays free of clocks and I/O. The package has no
 * `exports` map, so the deep path resolves under NodeNext.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { civilParts } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';

/** One year's rest and make-up days; the value is the holiday's Chinese name when known. */
export interface YearSchedule {
  readonly holidays: ReadonlyMap<CivilDate, string | undefined>;
  readonly makeupWorkdays: ReadonlyMap<CivilDate, string | undefined>;
  readonly source: string;
}

interface ChineseDaysData {
  /** date → "English name,中文名,holiday id" */
  readonly holidays: Readonly<Record<string, string>>;
  /** make-up working days (调休上班), same value format */
  readonly workdays: Readonly<Record<string, string>>;
}

const data: ChineseDaysData = chineseDays;
export const BUILTIN_SOURCE = 'chinese-days@1.5.7';

/** "National Day,国庆节,3" → "国庆节". */
function chineseName(value: string): string | undefined {
  return value.split(',')[1];
}

function buildYears(): ReadonlyMap<number, YearSchedule> {
  const years = new Map<number, { holidays: Map<CivilDate, string | undefined>; makeupWorkdays: Map<CivilDate, string | undefined> }>();
  const yearOf = (date: CivilDate) => {
    const year = civilParts(date).year;
    let entry = years.get(year);
    if (!entry) {
      entry = { holidays: new Map(), makeupWorkdays: new Map() };
      years.set(year, entry);
    }
    return entry;
  };
  for (const [date, value] of Object.entries(data.holidays)) yearOf(date).holidays.set(date, chineseName(value));
  for (const [date, value] of Object.entries(data.workdays)) yearOf(date).makeupWorkdays.set(date, chineseName(value));
  return new Map([...years].map(([year, entry]) => [year, { ...entry, source: BUILTIN_SOURCE }]));
}

/** Built-in schedules by year. */
export const BUILTIN_YEARS: ReadonlyMap<number, YearSchedule> = buildYears();

/** First and last built-in year (the package's data is contiguous; a test checks it). */
export const BUILTIN_RANGE: { readonly from: number; readonly to: number } = {
  from: Math.min(...BUILTIN_YEARS.keys()),
  to: Math.max(...BUILTIN_YEARS.keys()),
};
