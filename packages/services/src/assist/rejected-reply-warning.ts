/**
 * A reply that was refused (bad signature on a known request, another act, more than asked, a
 * deduction above the freeze …) is kept with its reason and surfaced on the supervisors' board for
 * the request's case (issue 4: "rejected, logged and surfaced — never booked"); it is settled when a
 * valid reply to the same request is booked. A reply naming no known request has no case: it is
 * kept in `assist_replies` and counted on the institution (the administrator's registry).
 */
import { randomUUID } from 'node:crypto';
import { openWarning, resolveWarning, type Executor } from '@zhixing/db';
import { civilDateOf } from '@zhixing/domain';

export const REPLY_REJECTED_KIND = 'assistReplyRejected';

export async function warnRejectedReply(db: Executor, now: Date, requestId: string, institution: string, code: string, reason: string): Promise<void> {
  const request = await db.selectFrom('assist_requests').select(['case_id', 'court_id']).where('id', '=', requestId).executeTakeFirst();
  if (!request) return;
  const today = civilDateOf(now.getTime());
  await openWarning(db, {
    id: randomUUID(),
    court_id: request.court_id,
    case_id: request.case_id,
    kind: REPLY_REJECTED_KIND,
    node: `reply:${requestId}`,
    due_date: today,
    days: 0,
    message_zh: `${institution}的答复未被接受（${code}）：${reason}`,
    message_en: `A reply from ${institution} was not accepted (${code}): ${reason}`,
    detected_on: today,
    resolved_on: null,
  });
}

export function resolveRejectedReply(db: Executor, now: Date, caseId: string, requestId: string): Promise<void> {
  return resolveWarning(db, caseId, REPLY_REJECTED_KIND, `reply:${requestId}`, civilDateOf(now.getTime()));
}

