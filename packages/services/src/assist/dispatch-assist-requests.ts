/**
 * The push transport (ADR 0009 step 3): sends the due requests to the institutions connected by
 * push. A request that does not get through goes back to the queue with a growing wait (1 s,
 * 4 s, 16 s … at most an hour); after the last attempt it is given up, with the case event, and the
 * court sees it failed. Pull institutions fetch their requests themselves.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { claimDueAssistRequests, settleAssistRetries, settleAssistSend, settleAssistSends } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { warnUnanswered } from './unanswered-warning.js';

/** Posts a JSON body; resolves to the HTTP status, rejects when nothing answered. */
export type AssistPost = (url: string, body: string) => Promise<number>;

export const ASSIST_MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;
const POST_TIMEOUT_MS = 10_000;
/**
 * Requests claimed and posted together per call: one claim, one settling statement — and one turn of
 * the job loop, whose time-out sweep reads the whole outbox — for them all. At most 64 connections
 * per institution are open at once; the rest wait their turn (within the 10 s of their post).
 */
export const ASSIST_DISPATCH_BATCH = 500;

export const assistRetryDelayMs = (attempt: number): number => Math.min(3_600_000, 1000 * 4 ** Math.max(0, attempt - 1));

export const fetchPost: AssistPost = async (url, body) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(POST_TIMEOUT_MS) });
  await res.arrayBuffer();
  return res.status;
};

// Connections to the institutions are kept open between requests (idle sockets do not hold the process).
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 64 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }) };

/**
 * The default transport: node:http over kept-alive connections (fetch's machinery costs the
 * platform several times more CPU per request). Like `fetchPost`: the whole exchange within 10 s,
 * the answer read to its end, the status returned; rejects when nothing answered.
 */
export const httpPost: AssistPost = (url, body) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    if (!secure && target.protocol !== 'http:') return reject(new Error(`unsupported protocol ${target.protocol}`));
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${POST_TIMEOUT_MS} ms`)), POST_TIMEOUT_MS);
    const done = (res: IncomingMessage) => {
      res.resume();
      res.on('end', () => {
        clearTimeout(timer);
        resolve(res.statusCode ?? 0);
      });
      res.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    };
    const options = { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } };
    const req = secure ? httpsRequest(target, { ...options, agent: agents.https }, done) : httpRequest(target, { ...options, agent: agents.http }, done);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(body);
  });

export async function dispatchAssistRequests(ctx: ServiceContext, post: AssistPost = httpPost, limit = ASSIST_DISPATCH_BATCH): Promise<number> {
  const now = ctx.clock.now();
  const claimed = await claimDueAssistRequests(ctx.database.db, now, new Date(now.getTime() + LEASE_MS), limit);
  const posted = await Promise.all(
    claimed.map(async (r) => {
      let status = 0;
      try {
        status = await post(r.endpoint, r.envelope);
      } catch {
        status = 0;
      }
      return { r, status, at: ctx.clock.now() };
    }),
  );
  // The requests that got through are settled together, each with its own send time.
  const sent = posted.filter((p) => p.status >= 200 && p.status < 300);
  await settleAssistSends(
    ctx.database.db,
    sent.map(({ r, at }) => ({ id: r.id, sentAt: at, dueAt: new Date(at.getTime() + r.sla_seconds * 1000) })),
  );
  const failed = posted.filter((p) => p.status < 200 || p.status >= 300);
  await settleAssistRetries(
    ctx.database.db,
    failed.filter(({ r }) => r.attempts < ASSIST_MAX_ATTEMPTS).map(({ r, at }) => ({ id: r.id, retryAt: new Date(at.getTime() + assistRetryDelayMs(r.attempts)) })),
  );
  for (const { r, status } of failed.filter((p) => p.r.attempts >= ASSIST_MAX_ATTEMPTS)) {
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
  return claimed.length;
}
