/**
 * The signed control request for one act on one item (zx-assist/1 `control`), queued in the outbox
 * with the documents it rests on. Its idempotency key is the act itself (court, case, control,
 * act, ruling number): asked again, the institution does it once.
 */
import type { AssistEnvelope, AssistSubject, ControlRequestAct } from '@zhixing/contracts';
import { idempotencyKey, type Signer } from '@zhixing/connectors';
import { findAssistRequestEnvelope, findCourt, type CaseRow, type Executor, type InstitutionRow } from '@zhixing/db';
import type { PropertyKind } from '@zhixing/domain';
import type { Actor } from '../context.js';
import { assistRequestRow, type AssistRequestRow } from '../assist/assist-request-row.js';
import type { PropertyRow } from './assess-control.js';

type AssistDocument = Extract<AssistEnvelope['body'], { type: 'control' }>['documents'][number];

/** The debtor a property was found for: the subject of the inquiry that found it. */
export async function subjectOfProperty(db: Executor, property: PropertyRow): Promise<AssistSubject> {
  const source = await findAssistRequestEnvelope(db, property.source_request);
  const body = (source?.envelope as { body?: { subject?: AssistSubject } } | undefined)?.body;
  if (!body?.subject) throw new Error(`property ${property.id}: its inquiry request carries no subject`);
  return body.subject;
}

export interface ControlRequestInput {
  signer: Signer;
  caseRow: CaseRow;
  actor: Actor;
  institution: InstitutionRow;
  property: PropertyRow;
  subject: AssistSubject;
  controlId: string;
  act: ControlRequestAct;
  rulingNumber: string;
  documents: AssistDocument[];
  amountFen?: number | undefined;
  termMonths?: number | undefined;
  controlRef?: string | null | undefined;
  now: Date;
}

export async function controlRequestRow(db: Executor, r: ControlRequestInput): Promise<AssistRequestRow> {
  const court = await findCourt(db, r.caseRow.court_id);
  return assistRequestRow({
    signer: r.signer,
    courtId: r.caseRow.court_id,
    caseId: r.caseRow.id,
    institution: r.institution,
    act: r.act,
    idempotencyKey: idempotencyKey([r.caseRow.court_id, r.caseRow.id, r.controlId, r.act, r.rulingNumber]),
    now: r.now,
    createdBy: r.actor.userId,
    controlId: r.controlId,
    body: {
      type: 'control',
      act: r.act,
      court: { id: r.caseRow.court_id, name: court?.name ?? r.caseRow.court_id },
      caseNumber: r.caseRow.case_number,
      officer: { name: r.actor.displayName, badgeNumber: r.actor.username },
      documents: r.documents,
      subject: r.subject,
      property: { kind: r.property.kind as PropertyKind, ref: r.property.ref },
      ...(r.amountFen !== undefined ? { amountFen: r.amountFen } : {}),
      ...(r.termMonths !== undefined ? { termMonths: r.termMonths } : {}),
      ...(r.controlRef ? { controlRef: r.controlRef } : {}),
    },
  });
}
