/**
 * A control nearing its renewal date is a warning for the officer and the supervisors (issue 4:
 * "expiry timers with reminders before expiry"), opened by the daily scan on the reminder days
 * (CONTROL_REMINDER_DAYS before `renewBy`) and settled by a renewal, a release or the lapse.
 */
import { randomUUID } from 'node:crypto';
import { openWarning, type CaseControlRow, type Executor } from '@zhixing/db';
import { diffDays, type CivilDate } from '@zhixing/domain';

export const EXPIRING_KIND = 'controlExpiring';

export async function warnExpiring(db: Executor, today: CivilDate, c: CaseControlRow, what: string): Promise<boolean> {
  const days = diffDays(today, c.renew_by as CivilDate);
  return openWarning(db, {
    id: randomUUID(),
    court_id: c.court_id,
    case_id: c.case_id,
    kind: EXPIRING_KIND,
    node: `control:${c.id}`,
    due_date: c.renew_by!,
    days,
    message_zh: `${what}的控制措施将于 ${c.expires_on} 届满，须在 ${c.renew_by} 前办理续行，否则失效（查封规定第二十七条）`,
    message_en: `The control on ${what} ends on ${c.expires_on}: renew it by ${c.renew_by} or it lapses (查封规定 art. 27)`,
    detected_on: today,
    resolved_on: null,
  });
}
