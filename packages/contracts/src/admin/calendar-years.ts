import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate } from '../common.js';

export const zCalendarYear = z.object({
  year: z.number().int().min(2004).max(2100),
  holidays: z.array(zCivilDate).max(60),
  makeupWorkdays: z.array(zCivilDate).max(20),
  source: z.string().trim().min(1).max(300).meta({ description: 'The State Council notice, e.g. 国办发明电〔2026〕…号' }),
});
export type CalendarYearBody = z.infer<typeof zCalendarYear>;

export const zCalendarCoverage = z.object({
  builtIn: z.object({ from: z.number().int(), to: z.number().int() }),
  extraYears: z.array(zCalendarYear),
});

export const getCalendarRoute = defineRoute({
  operationId: 'getCalendar',
  method: 'GET',
  path: '/api/v1/calendar',
  summary: 'Which years the holiday calendar covers (built-in and administrator-entered)',
  tags: ['calendar'],
  access: { roles: '*' },
  response: { 200: zCalendarCoverage },
});

export const putCalendarYearRoute = defineRoute({
  operationId: 'putCalendarYear',
  method: 'PUT',
  path: '/api/v1/calendar/years/:year',
  summary: 'Enter or correct a year\'s official holidays and make-up working days (system administrator)',
  tags: ['calendar'],
  access: { roles: ['admin'] },
  params: z.object({ year: z.coerce.number().int().min(2004).max(2100) }),
  body: zCalendarYear,
  response: { 200: zCalendarCoverage },
});
