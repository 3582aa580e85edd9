/**
 * The calendar used when the caller passes none: the built-in official schedules only.
 * Callers that hold administrator-entered years pass their own calendar.
 */
import { createCalendar } from '../calendar/index.js';
import type { WorkingDayCalendar } from '../calendar/index.js';

export const BUILTIN_CALENDAR: WorkingDayCalendar = createCalendar();
