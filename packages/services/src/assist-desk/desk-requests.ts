/**
 * The desk (传统查控): the requests addressed to the institution and not yet answered, oldest first,
 * as its staff need them to search their records — court, case, officer, the debtor with the full
 * identity number (the institution is the one asked to assist: 网络查询冻结规定 art. 2–3), the act,
 * the property, amounts and terms, and the documents the request rests on. Taking them marks them
 * sent, so the answer time (the institution's SLA) starts (ADR 0009).
 */
import { takeInbox } from '@zhixing/db';
import type { AssistEnvelope } from '@zhixing/contracts';
import type { ServiceContext } from '../context.js';
import { deskInstitution } from './desk-institution.js';

export async function deskRequests(ctx: ServiceContext, authorization: string | undefined) {
  const institution = await deskInstitution(ctx, authorization);
  const envelopes = (await takeInbox(ctx.database.db, institution.id, ctx.clock.now(), institution.sla_seconds, 200)) as AssistEnvelope[];
  return {
    institution: { code: institution.code, name: institution.name, category: institution.category, acts: institution.acts },
    requests: envelopes.map((e) => {
      const b = e.body as Extract<AssistEnvelope['body'], { type: 'inquiry' | 'control' }>;
      return {
        id: e.messageId,
        issuedAt: e.issuedAt,
        type: b.type,
        act: b.type === 'control' ? b.act : 'inquire',
        court: b.court,
        caseNumber: b.caseNumber,
        officer: b.officer,
        subject: b.subject,
        documents: b.documents,
        property: b.type === 'control' ? b.property : null,
        amountFen: b.type === 'control' ? (b.amountFen ?? null) : null,
        termMonths: b.type === 'control' ? (b.termMonths ?? null) : null,
        controlRef: b.type === 'control' ? (b.controlRef ?? null) : null,
      };
    }),
  };
}
