/**
 * The calendar the credit deadlines use when the caller passes none: the built-in official
 * schedules only. Services that hold administrator-entered years pass their own; a year without
 * a schedule shows up in `DeadlineResult.uncoveredYears` either way.
 */
import { createCalendar } from '../calendar/index.js';
import type { WorkingDayCalendar } from '../calendar/index.js';

export const CREDIT_DEFAULT_CALENDAR: WorkingDayCalendar = createCalendar();
