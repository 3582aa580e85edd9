/**
 * Takes one reply from an institution (ADR 0009, step 4): nothing in it is believed before its
 * signature verifies against the institution's registered keys; then, in one transaction, it is
 * matched to its request (which must have gone to that institution, from that court), checked
 * against what was asked, booked, and recorded as a case event. A reply delivered again is a
 * no-op; anything that fails is stored as rejected with its reason — never booked, never lost.
 */
import type { AssistEnvelope, Holding } from '@zhixing/contracts';
import { verifyEnvelope } from '@zhixing/connectors';
import { findBookedReply, insertAssistReply, lockAssistRequest, settleAnsweredRequest, upsertCaseProperty, type InstitutionRow } from '@zhixing/db';
import { INSTITUTION_CATEGORIES, civilDateOf, type InstitutionCategory, type PropertyKind } from '@zhixing/domain';
import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { cachedInstitution } from './institution-cache.js';
import { resolveUnanswered } from './unanswered-warning.js';
import { resolveRejectedReply, warnRejectedReply } from './rejected-reply-warning.js';
import { bookControlResult } from '../controls/book-control-result.js';
import { ReplyRejected } from './reply-rejected.js';

export type ReplyOutcome =
  | { outcome: 'booked'; requestId: string; holdings?: number }
  | { outcome: 'duplicate'; requestId: string | null }
  | { outcome: 'rejected'; code: string; reason: string };

const UNIQUE_VIOLATION = '23505';

function partyCode(value: unknown, prefix: string): string | null {
  return typeof value === 'string' && value.startsWith(prefix) ? value.slice(prefix.length) : null;
}

export async function receiveAssistReply(ctx: ServiceContext, message: unknown): Promise<ReplyOutcome> {
  const { db } = ctx.database;
  const m = (typeof message === 'object' && message !== null ? message : {}) as Partial<Record<keyof AssistEnvelope, unknown>>;
  const messageId = typeof m.messageId === 'string' ? m.messageId.slice(0, 100) : 'unknown';
  const code = partyCode(m.from, 'institution:');
  const known = code ? await cachedInstitution(ctx, code) : null;
  const institution = known?.institution;
  const reject = async (rejectCode: string, reason: string, requestId: string | null = null): Promise<ReplyOutcome> => {
    await insertAssistReply(db, { message_id: messageId, request_id: requestId, institution_id: institution?.id ?? null, received_at: ctx.clock.now(), envelope: JSON.stringify(message ?? null), outcome: 'rejected', reason_code: rejectCode, reason });
    if (requestId && institution) await warnRejectedReply(db, ctx.clock.now(), requestId, institution.name, rejectCode, reason);
    return { outcome: 'rejected', code: rejectCode, reason };
  };
  if (!known || !institution) return reject('ASSIST_KEY_UNKNOWN', `未登记的协助执行单位：${String(m.from)}`);
  const { keys } = known;
  const verified = verifyEnvelope(message, (party, keyId) => keys.find((k) => k.party === party && k.keyId === keyId), { now: ctx.clock.now() });
  if (!verified.ok) {
    // Unverified, nothing in it is believed — except to file the refusal with its request when it names
    // one addressed to this institution (an unguessable id), so the court sees the institution's failure.
    const named = typeof m.inReplyTo === 'string' && /^[0-9a-f-]{36}$/.test(m.inReplyTo) ? await db.selectFrom('assist_requests').select('id').where('id', '=', m.inReplyTo).where('institution_id', '=', institution.id).executeTakeFirst() : undefined;
    return reject(verified.error.code, verified.error.messageZh, named?.id ?? null);
  }
  const e = verified.value;
  if (!e.inReplyTo) return reject('ASSIST_MALFORMED', '答复未注明所答复的请求');
  return bookReply(ctx, institution, { ...e, inReplyTo: e.inReplyTo }, reject);
}

type ReplyBody = Omit<AssistEnvelope, 'signature'> & { inReplyTo: string };

/**
 * Books a reply whose sender is established — by its signature (above) or by the desk key of an
 * institution that answers by form (answer-desk-request.ts) — in one transaction (ADR 0009 step 4).
 */
export async function bookReply(
  ctx: ServiceContext,
  institution: InstitutionRow,
  e: ReplyBody,
  reject: (code: string, reason: string, requestId?: string | null) => Promise<ReplyOutcome>,
  stored: unknown = e,
): Promise<ReplyOutcome> {
  const { db } = ctx.database;
  const requestId = e.inReplyTo;
  const calendar = await ctx.calendar();
  try {
    return await db.transaction().execute(async (trx) => {
      // A reply delivered again is found booked once its request is locked (below); a second copy of a
      // reply that closed its request some other way is stopped by the unique index on booked message
      // ids (the catch below) — so the common first delivery spends no statement on looking for itself.
      const request = await lockAssistRequest(trx, requestId);
      if (!request) throw new ReplyRejected('UNKNOWN_REQUEST', `没有编号为 ${requestId} 的请求`);
      if (request.institution_id !== institution.id) throw new ReplyRejected('WRONG_INSTITUTION', '该请求不是发给此单位的');
      if (e.to !== `court:${request.court_id}`) throw new ReplyRejected('ASSIST_WRONG_RECIPIENT', `答复发给 ${e.to}，而请求来自 court:${request.court_id}`);
      if (request.state === 'answered') {
        // The same reply delivered again — also twice at once: the second waited for the first's lock
        // and, now that it is committed, finds it booked — a duplicate, not a different answer.
        if (await findBookedReply(trx, e.messageId)) return { outcome: 'duplicate', requestId } as const;
        throw new ReplyRejected('ALREADY_ANSWERED', '该请求已有答复；另一份不同的答复不予入账');
      }
      const now = ctx.clock.now();
      let holdings: number | undefined;
      // The request is marked answered (failed, for a refusal) with the reply stored, last (below).
      let state: 'answered' | 'failed' = 'answered';
      if (request.kind === 'control') {
        await bookControlResult(trx, { clock: ctx.clock, calendar, today: civilDateOf(now.getTime()), now, request, institution, reply: e });
        if (e.body.type === 'rejection') state = 'failed';
      } else if (e.body.type === 'rejection') {
        state = 'failed';
        await recordEvent(trx, ctx.clock, null, {
          courtId: request.court_id,
          caseId: request.case_id,
          action: 'networkInquiryRefused',
          after: { requestId, institution: institution.code, code: e.body.code, message: e.body.message },
          summaryZh: `${institution.name}未办理查询：${e.body.message}`,
          summaryEn: `${institution.name} did not carry out the inquiry (${e.body.code})`,
        });
      } else if (request.kind === 'inquiry' && e.body.type === 'inquiryResult') {
        const reported = INSTITUTION_CATEGORIES[institution.category as InstitutionCategory].reports as readonly PropertyKind[];
        const foreign = e.body.holdings.filter((h) => !reported.includes(h.kind));
        if (foreign.length > 0) throw new ReplyRejected('NOT_SUPPORTED', `${institution.name}不应报告此类财产：${foreign.map((h) => h.kind).join('、')}`);
        for (const h of e.body.holdings) await upsertCaseProperty(trx, propertyRow(h, request, institution, now));
        holdings = e.body.holdings.length;
        await recordEvent(trx, ctx.clock, null, {
          courtId: request.court_id,
          caseId: request.case_id,
          action: 'networkInquiryAnswered',
          after: { requestId, replyId: e.messageId, institution: institution.code, holdings: holdings },
          summaryZh: `${institution.name}答复查询：${holdings === 0 ? '未发现财产' : `发现财产 ${holdings} 项`}`,
          summaryEn: `${institution.name} answered the inquiry: ${holdings === 0 ? 'nothing found' : `${holdings} item(s) found`}`,
        });
      } else {
        throw new ReplyRejected('ASSIST_MALFORMED', `答复类型 ${e.body.type} 与请求（${request.kind}）不符`);
      }
      await settleAnsweredRequest(trx, request.id, { state, answered_at: now }, { message_id: e.messageId, request_id: requestId, institution_id: institution.id, received_at: now, envelope: JSON.stringify(stored), outcome: 'booked', reason_code: null, reason: null });
      // A late answer settles the warning its lateness raised.
      if (request.state === 'timedOut' || request.state === 'failed') await resolveUnanswered(trx, now, request.case_id, request.id);
      if (request.had_rejection) await resolveRejectedReply(trx, now, request.case_id, request.id);
      return holdings === undefined ? ({ outcome: 'booked', requestId } as const) : ({ outcome: 'booked', requestId, holdings } as const);
    });
  } catch (error) {
    if (error instanceof ReplyRejected) return reject(error.code, error.reason, error.code === 'UNKNOWN_REQUEST' ? null : requestId);
    // The same reply booked by a concurrent delivery: the unique index let only one through.
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return { outcome: 'duplicate', requestId };
    throw error;
  }
}

function propertyRow(h: Holding, request: { id: string; court_id: string; case_id: string }, institution: InstitutionRow, now: Date) {
  return {
    id: randomUUID(),
    court_id: request.court_id,
    case_id: request.case_id,
    institution_id: institution.id,
    kind: h.kind,
    ref: h.ref,
    description: h.description,
    balance_fen: h.balanceFen ?? null,
    valuation_fen: h.valuation?.amountFen ?? null,
    valuation_basis: h.valuation?.basis ?? null,
    encumbrances: JSON.stringify(h.encumbrances),
    found_at: now,
    updated_at: now,
    source_request: request.id,
  };
}
