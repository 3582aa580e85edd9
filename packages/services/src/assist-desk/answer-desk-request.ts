/**
 * An institution answers a request by form at the desk (传统查控). The desk key established who
 * answers; the answer then takes exactly the path of a signed network reply (bookReply): matched to
 * its request (which must be addressed to this institution), checked against what was asked,
 * booked once, recorded as a case event. Stored with `via: 'desk'`, so the record shows how it came.
 */
import { randomUUID } from 'node:crypto';
import { AppError, type AssistEnvelope } from '@zhixing/contracts';
import { findAssistRequestEnvelope, insertAssistReply } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { bookReply, type ReplyOutcome } from '../assist/receive-assist-reply.js';
import { deskInstitution } from './desk-institution.js';

type AnswerBody = Extract<AssistEnvelope['body'], { type: 'inquiryResult' | 'controlResult' | 'rejection' }>;

export async function answerDeskRequest(ctx: ServiceContext, authorization: string | undefined, requestId: string, answer: { body: AnswerBody; answeredBy: string }): Promise<{ outcome: 'booked' | 'duplicate' }> {
  const institution = await deskInstitution(ctx, authorization);
  const request = await findAssistRequestEnvelope(ctx.database.db, requestId);
  const sent = request?.envelope as AssistEnvelope | undefined;
  // Another institution's request is reported as not found: its existence is not disclosed.
  if (!request || !sent || sent.to !== `institution:${institution.code}`) throw new AppError('NOT_FOUND', { zh: '没有发给本单位的该请求', en: 'No such request addressed to this institution' });
  const now = ctx.clock.now();
  const reply = { protocol: 'zx-assist/1' as const, messageId: randomUUID(), from: `institution:${institution.code}`, to: sent.from, issuedAt: now.toISOString(), inReplyTo: requestId, body: answer.body };
  const stored = { ...reply, via: 'desk', answeredBy: answer.answeredBy };
  const reject = async (code: string, reason: string, rid: string | null = null): Promise<ReplyOutcome> => {
    await insertAssistReply(ctx.database.db, { message_id: reply.messageId, request_id: rid, institution_id: institution.id, received_at: now, envelope: JSON.stringify(stored), outcome: 'rejected', reason_code: code, reason });
    return { outcome: 'rejected', code, reason };
  };
  const outcome = await bookReply(ctx, institution, reply, reject, stored);
  if (outcome.outcome === 'rejected') {
    throw new AppError('ASSIST_REPLY_REJECTED', { zh: `答复未被接受：${outcome.reason}`, en: `The answer was not accepted: ${outcome.reason}`, details: { code: outcome.code, reason: outcome.reason } });
  }
  return { outcome: outcome.outcome };
}
