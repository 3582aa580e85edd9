export type { CalendarYear } from './calendar-year.js';
export { validateCalendarYear } from './calendar-year.js';
export type { DayKind, WorkingDayCalendar } from './working-day-calendar.js';
export { createCalendar } from './working-day-calendar.js';
export type { DeadlineResult } from './deadline-result.js';
export { rollForward } from './deadline-result.js';
export { calendarDaysDeadline, monthsDeadline } from './calendar-days-deadline.js';
export { countWorkingDays, workingDaysDeadline } from './working-days-deadline.js';
