/**
 * A network request that failed or was not answered in time is a warning on the supervisors' board
 * (issue 4: failed and timed-out requests are surfaced), one per request, resolved when a reply is
 * booked after all.
 */
import { randomUUID } from 'node:crypto';
import { openWarning, resolveWarning, type Executor } from '@zhixing/db';
import { civilDateOf } from '@zhixing/domain';

export const UNANSWERED_KIND = 'networkRequestUnanswered';

export async function warnUnanswered(db: Executor, now: Date, r: { id: string; case_id: string; court_id: string }, institution: string, why: 'timedOut' | 'failed'): Promise<void> {
  const today = civilDateOf(now.getTime());
  await openWarning(db, {
    id: randomUUID(),
    court_id: r.court_id,
    case_id: r.case_id,
    kind: UNANSWERED_KIND,
    node: `assist:${r.id}`,
    due_date: today,
    days: 0,
    message_zh: why === 'timedOut' ? `${institution}未在答复时限内答复查控请求` : `查控请求未能送达${institution}`,
    message_en: why === 'timedOut' ? `${institution} did not answer the network request in time` : `The network request could not be delivered to ${institution}`,
    detected_on: today,
    resolved_on: null,
  });
}

export function resolveUnanswered(db: Executor, now: Date, caseId: string, requestId: string): Promise<void> {
  return resolveWarning(db, caseId, UNANSWERED_KIND, `assist:${requestId}`, civilDateOf(now.getTime()));
}
