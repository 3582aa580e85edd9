import { invalidField, type CalendarYearBody } from '@zhixing/contracts';
import { listCalendarYears, upsertCalendarYear } from '@zhixing/db';
import { DomainError, validateCalendarYear } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { ruleViolation } from '../domain-errors.js';

export async function getCalendar(ctx: ServiceContext) {
  const calendar = await ctx.calendar();
  const rows = await listCalendarYears(ctx.database.db);
  const covered = calendar.coveredYears();
  return {
    builtIn: { from: covered.from, to: covered.to },
    extraYears: rows.map((r) => ({ year: r.year, holidays: r.holidays, makeupWorkdays: r.makeup_workdays, source: r.source })),
  };
}

/** An administrator enters a year's official schedule when the State Council publishes it. */
export async function putCalendarYear(ctx: ServiceContext, actor: Actor, year: number, body: CalendarYearBody) {
  requireRole(actor, ['admin']);
  if (body.year !== year) {
    throw invalidField('year', '路径与正文中的年份不一致', 'the year in the path and in the body differ');
  }
  try {
    validateCalendarYear({ year, holidays: body.holidays, makeupWorkdays: body.makeupWorkdays, source: body.source });
  } catch (error) {
    if (error instanceof DomainError) throw ruleViolation(error);
    throw error;
  }
  await ctx.database.db.transaction().execute(async (trx) => {
    await upsertCalendarYear(trx, { year, holidays: body.holidays, makeupWorkdays: body.makeupWorkdays, source: body.source, enteredBy: actor.userId, enteredAt: ctx.clock.now() });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: actor.courtId, caseId: null, action: 'putCalendarYear', after: body,
      summaryZh: `录入 ${year} 年节假日安排（${body.source}）`, summaryEn: `Entered the ${year} holiday schedule (${body.source})`,
    });
  });
  ctx.invalidateCalendar();
  return getCalendar(ctx);
}
