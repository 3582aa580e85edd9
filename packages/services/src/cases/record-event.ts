import { appendEvent, type Executor } from '@zhixing/db';
import type { Actor, Clock } from '../context.js';

export interface EventInput {
  courtId: string;
  caseId: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
  legalBasis?: string | null;
  summaryZh?: string | null;
  summaryEn?: string | null;
}

/** Appends the audit event of an act, in the caller's transaction (全程留痕). */
export function recordEvent(trx: Executor, clock: Clock, actor: Actor | null, e: EventInput): Promise<{ seq: number; hash: string }> {
  return appendEvent(trx, {
    courtId: e.courtId,
    caseId: e.caseId,
    occurredAt: clock.now(),
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? 'system',
    actorCourtId: actor?.courtId ?? null,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
    legalBasis: e.legalBasis ?? null,
    summaryZh: e.summaryZh ?? null,
    summaryEn: e.summaryEn ?? null,
  });
}
