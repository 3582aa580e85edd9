/**
 * The push transport (ADR 0009 step 3): sends the due requests to the institutions connected by
 * push. A request that does not get through goes back to the queue with a growing wait (1 s,
 * 4 s, 16 s … at most an hour); after the last attempt it is given up, with the case event, and the
 * court sees it failed. Pull institutions fetch their requests themselves.
 */
import { claimDueAssistRequests, settleAssistSend } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { warnUnanswered } from './unanswered-warning.js';

/** Posts a JSON body; resolves to the HTTP status, rejects when nothing answered. */
export type AssistPost = (url: string, body: string) => Promise<number>;

export const ASSIST_MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;

export const assistRetryDelayMs = (attempt: number): number => Math.min(3_600_000, 1000 * 4 ** Math.max(0, attempt - 1));

export const fetchPost: AssistPost = async (url, body) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  return res.status;
};

export async function dispatchAssistRequests(ctx: ServiceContext, post: AssistPost = fetchPost, limit = 50): Promise<number> {
  const now = ctx.clock.now();
  const claimed = await claimDueAssistRequests(ctx.database.db, now, new Date(now.getTime() + LEASE_MS), limit);
  await Promise.all(
    claimed.map(async (r) => {
      let status = 0;
      try {
        status = await post(r.endpoint, JSON.stringify(r.envelope));
      } catch {
        status = 0;
      }
      const at = ctx.clock.now();
      if (status >= 200 && status < 300) {
        await settleAssistSend(ctx.database.db, r.id, { state: 'sent', sentAt: at, dueAt: new Date(at.getTime() + r.sla_seconds * 1000) });
      } else if (r.attempts < ASSIST_MAX_ATTEMPTS) {
        await settleAssistSend(ctx.database.db, r.id, { state: 'queued', retryAt: new Date(at.getTime() + assistRetryDelayMs(r.attempts)) });
      } else {
        await ctx.database.db.transaction().execute(async (trx) => {
          await settleAssistSend(trx, r.id, { state: 'failed' });
          await recordEvent(trx, ctx.clock, null, {
            courtId: r.court_id,
            caseId: r.case_id,
            action: 'networkRequestFailed',
            after: { requestId: r.id, attempts: r.attempts, lastStatus: status },
            summaryZh: `查控请求经 ${r.attempts} 次发送仍未送达协助执行单位`,
            summaryEn: `A network request could not be delivered after ${r.attempts} attempts`,
          });
          await warnUnanswered(trx, ctx.clock.now(), r, r.institution_name, 'failed');
        });
      }
    }),
  );
  return claimed.length;
}
