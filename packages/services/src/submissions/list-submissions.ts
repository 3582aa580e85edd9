/** A court's submissions queue (issue 5): open ones by their next deadline, with the days left. */
import type { SubmissionQueueItem } from '@zhixing/contracts';
import { countOpenSubmissions, listSubmissionQueue } from '@zhixing/db';
import { SUBMISSION_KINDS, type SubmissionKind } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { visibleCourtIds } from '../scope.js';
import { today } from '../today.js';
import { submissionQueueItem } from './submission-view.js';

export async function listSubmissions(
  ctx: ServiceContext,
  actor: Actor,
  query: { kind?: SubmissionKind | undefined; state: 'open' | 'closed'; limit: number },
): Promise<{ items: SubmissionQueueItem[]; counts: Record<SubmissionKind, number> }> {
  const { db } = ctx.database;
  const courtIds = await visibleCourtIds(db, actor);
  const [rows, open] = await Promise.all([listSubmissionQueue(db, { courtIds, state: query.state, limit: query.limit, ...(query.kind ? { kind: query.kind } : {}) }), countOpenSubmissions(db, courtIds)]);
  const day = today(ctx.clock);
  const counts = Object.fromEntries(SUBMISSION_KINDS.map((k) => [k, open.get(k) ?? 0])) as Record<SubmissionKind, number>;
  return { items: rows.map((r) => submissionQueueItem(r, day)), counts };
}
