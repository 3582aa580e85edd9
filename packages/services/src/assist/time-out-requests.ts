/**
 * Requests an institution has not answered within its answer time (SLA) are marked timed out, with
 * a case event each, so the officer sees them on the case and can chase the institution; a late
 * reply is still booked when it comes (receiveAssistReply takes it from any state but answered).
 */
import { listInstitutionRows, timeOutAssistRequests } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { warnUnanswered } from './unanswered-warning.js';

export async function timeOutRequests(ctx: ServiceContext): Promise<number> {
  return ctx.database.db.transaction().execute(async (trx) => {
    const late = await timeOutAssistRequests(trx, ctx.clock.now());
    if (late.length === 0) return 0;
    const names = new Map((await listInstitutionRows(trx, { includeRetired: true })).map((i) => [i.id, i.name]));
    for (const r of late) {
      const name = names.get(r.institution_id) ?? r.institution_id;
      await recordEvent(trx, ctx.clock, null, {
        courtId: r.court_id,
        caseId: r.case_id,
        action: 'networkRequestTimedOut',
        after: { requestId: r.id, institution: name, dueAt: r.due_at?.toISOString() ?? null },
        summaryZh: `${name}未在答复时限内答复查控请求`,
        summaryEn: `${name} did not answer the network request in time`,
      });
      await warnUnanswered(trx, ctx.clock.now(), r, name, 'timedOut');
    }
    return late.length;
  });
}
