/**
 * One outbox row (ADR 0009 step 2): the request to one institution, signed by the court's key and
 * queued for the dispatcher. Written by the caller in the transaction of the case event that orders
 * it, so an order exists exactly when its request does.
 */
import { randomUUID } from 'node:crypto';
import type { AssistEnvelope } from '@zhixing/contracts';
import { signEnvelope, type Signer } from '@zhixing/connectors';
import type { insertAssistRequests } from '@zhixing/db';

export type AssistRequestRow = Parameters<typeof insertAssistRequests>[1][number];

type RequestBody = Extract<AssistEnvelope['body'], { type: 'inquiry' | 'control' }>;

export interface RequestRowInput {
  readonly signer: Signer;
  readonly courtId: string;
  readonly caseId: string;
  readonly institution: { readonly id: string; readonly code: string };
  readonly act: string;
  readonly idempotencyKey: string;
  readonly body: RequestBody;
  readonly now: Date;
  readonly createdBy: string;
  readonly controlId?: string;
}

export function assistRequestRow(r: RequestRowInput): AssistRequestRow {
  const envelope = signEnvelope(
    {
      protocol: 'zx-assist/1',
      messageId: randomUUID(),
      from: `court:${r.courtId}`,
      to: `institution:${r.institution.code}`,
      issuedAt: r.now.toISOString(),
      idempotencyKey: r.idempotencyKey,
      body: r.body,
    },
    r.signer,
  );
  return {
    id: envelope.messageId,
    court_id: r.courtId,
    case_id: r.caseId,
    institution_id: r.institution.id,
    kind: r.body.type,
    act: r.act,
    idempotency_key: r.idempotencyKey,
    envelope: JSON.stringify(envelope),
    state: 'queued',
    next_attempt_at: r.now,
    sent_at: null,
    due_at: null,
    answered_at: null,
    created_by: r.createdBy,
    created_at: r.now,
    control_id: r.controlId ?? null,
  };
}
