/**
 * The daily scan of controls in force (issue 4): on a reminder day (CONTROL_REMINDER_DAYS before
 * the renewal date) the officer and the supervisors are warned; a control whose term ended without
 * renewal lapses (查封规定 art. 27) — recorded as a case event — and the platform's waiting controls
 * on the same item move up (art. 26). Idempotent: run twice, it changes nothing more.
 */
import { findCaseProperty, findInstitution, listControlsToScan } from '@zhixing/db';
import { compareCivil, hasLapsed, type CivilDate } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { today } from '../today.js';
import { endControl } from './book-control-result.js';
import { warnExpiring } from './expiry-warning.js';

export async function scanControls(ctx: ServiceContext): Promise<{ reminded: number; lapsed: number }> {
  const day = today(ctx.clock);
  const calendar = await ctx.calendar();
  const rows = await listControlsToScan(ctx.database.db, day);
  let reminded = 0;
  let lapsed = 0;
  for (const c of rows) {
    const property = await findCaseProperty(ctx.database.db, c.property_id);
    const institution = await findInstitution(ctx.database.db, c.institution_id);
    const what = `${institution?.name ?? ''} ${property?.description ?? ''}（${property?.ref ?? ''}）`;
    // A renewal asked for before expiry keeps the control alive until the institution answers.
    if (hasLapsed(c.expires_on as CivilDate, day) && c.pending_act !== 'renew') {
      await ctx.database.db.transaction().execute(async (trx) => {
        await endControl(trx, { clock: ctx.clock, calendar, today: day, now: ctx.clock.now() }, c, 'lapsed');
        await recordEvent(trx, ctx.clock, null, {
          courtId: c.court_id,
          caseId: c.case_id,
          action: 'controlLapsed',
          before: { state: 'inEffect', expiresOn: c.expires_on },
          after: { controlId: c.id, state: 'lapsed' },
          legalBasis: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条',
          summaryZh: `对${what}的控制措施于 ${c.expires_on} 届满未续行，已失效`,
          summaryEn: `The control on ${what} ended on ${c.expires_on} without renewal and has lapsed`,
        });
      });
      lapsed += 1;
      continue;
    }
    const remindDays = c.remind_on;
    if (c.pending_act !== 'renew' && remindDays.some((d) => compareCivil(d, day) <= 0)) {
      if (await warnExpiring(ctx.database.db, day, c, what)) reminded += 1;
    }
  }
  return { reminded, lapsed };
}
