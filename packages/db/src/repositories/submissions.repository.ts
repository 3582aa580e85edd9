/** Portal submissions (issue 5): the row, its attachments and the affairs hall's appointment seats. */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface NewSubmission {
  id: string;
  receiptNumber: string;
  kind: string;
  courtId: string;
  caseId: string | null;
  partyId: string | null;
  submitter: Record<string, unknown>;
  details: Record<string, unknown>;
  urgent: boolean;
  slot: string | null;
  receivedAt: Date;
  receivedOn: string;
  registerBy: string | null;
  answerBy: string | null;
  rewardNoticeId?: string | null;
}

export async function insertSubmission(db: Executor, s: NewSubmission): Promise<void> {
  await db
    .insertInto('portal_submissions')
    .values({
      id: s.id,
      receipt_number: s.receiptNumber,
      kind: s.kind,
      court_id: s.courtId,
      case_id: s.caseId,
      party_id: s.partyId,
      status: 'received',
      submitter: JSON.stringify(s.submitter),
      details: JSON.stringify(s.details),
      urgent: s.urgent,
      slot: s.slot,
      received_at: s.receivedAt,
      received_on: s.receivedOn,
      register_by: s.registerBy,
      answer_by: s.answerBy,
      reward_notice_id: s.rewardNoticeId ?? null,
    })
    .execute();
}

export async function insertSubmissionAttachments(db: Executor, rows: ReadonlyArray<{ id: string; submissionId: string; position: number; label: string; mediaType: string; content: Uint8Array }>): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('portal_submission_attachments')
    .values(rows.map((r) => ({ id: r.id, submission_id: r.submissionId, position: r.position, label: r.label, media_type: r.mediaType, size_bytes: r.content.byteLength, content: r.content })))
    .execute();
}

/** Takes the first free seat of a slot, or returns null when every seat is taken (the primary key decides races). */
export async function takeAppointmentSeat(db: Executor, courtId: string, slot: string, seats: number, submissionId: string): Promise<number | null> {
  for (let seat = 1; seat <= seats; seat += 1) {
    const r = await db.insertInto('appointment_seats').values({ court_id: courtId, slot, seat, submission_id: submissionId }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0n) === 1) return seat;
  }
  return null;
}

/** A refused appointment gives its seat back. */
export async function releaseAppointmentSeat(db: Executor, submissionId: string): Promise<void> {
  await db.deleteFrom('appointment_seats').where('submission_id', '=', submissionId).execute();
}

/** Taken seats per slot of a court, for the slots on offer. */
export async function countTakenSeats(db: Executor, courtId: string, slots: readonly string[]): Promise<Map<string, number>> {
  if (slots.length === 0) return new Map();
  const rows = await db.selectFrom('appointment_seats').select(['slot', sql<string>`count(*)`.as('n')]).where('court_id', '=', courtId).where('slot', 'in', slots).groupBy('slot').execute();
  return new Map(rows.map((r) => [r.slot, Number(r.n)]));
}

const submissionColumns = [
  's.id',
  's.receipt_number',
  's.kind',
  's.court_id',
  's.case_id',
  's.party_id',
  's.status',
  's.submitter',
  's.details',
  's.urgent',
  's.slot',
  's.received_at',
  's.received_on',
  's.register_by',
  's.answer_by',
  's.registered_at',
  's.closed_at',
  's.reply',
  's.filed_case_id',
  's.reward_notice_id',
  's.version',
  'c.name as court_name',
  'c.name_en as court_name_en',
  'k.case_number',
  'f.case_number as filed_case_number',
] as const;

function submissions(db: Executor) {
  return db
    .selectFrom('portal_submissions as s')
    .innerJoin('courts as c', 'c.id', 's.court_id')
    .leftJoin('cases as k', 'k.id', 's.case_id')
    .leftJoin('cases as f', 'f.id', 's.filed_case_id')
    .select(submissionColumns)
    .select((eb) => eb.selectFrom('portal_submission_attachments as a').whereRef('a.submission_id', '=', 's.id').select(sql<string>`count(*)`.as('n')).as('attachment_count'));
}

export type SubmissionRow = Awaited<ReturnType<typeof findSubmissionById>> & object;

export function findSubmissionById(db: Executor, id: string) {
  return submissions(db).where('s.id', '=', id).executeTakeFirst();
}

export function findSubmissionByReceipt(db: Executor, receiptNumber: string) {
  return submissions(db).where('s.receipt_number', '=', receiptNumber).executeTakeFirst();
}

/** Locks the row for an act on it (two clerks cannot answer the same submission twice). */
export function lockSubmission(db: Executor, id: string) {
  return db.selectFrom('portal_submissions').select(['id', 'kind', 'status', 'version', 'court_id', 'case_id', 'slot', 'urgent', 'received_on', 'registered_at', 'details']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateSubmission(
  db: Executor,
  id: string,
  set: { status: string; registerBy: string | null; answerBy: string | null; reply?: string | null; registeredAt?: Date; registeredBy?: string; closedAt?: Date; closedBy?: string; filedCaseId?: string },
): Promise<void> {
  await db
    .updateTable('portal_submissions')
    .set((eb) => ({
      status: set.status,
      register_by: set.registerBy,
      answer_by: set.answerBy,
      ...(set.reply !== undefined ? { reply: set.reply } : {}),
      ...(set.registeredAt ? { registered_at: set.registeredAt, registered_by: set.registeredBy ?? null } : {}),
      ...(set.closedAt ? { closed_at: set.closedAt, closed_by: set.closedBy ?? null } : {}),
      ...(set.filedCaseId ? { filed_case_id: set.filedCaseId } : {}),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

/** A court queue: open ones by their next deadline, closed ones newest first. */
export function listSubmissionQueue(db: Executor, q: { courtIds: readonly string[]; kind?: string; state: 'open' | 'closed'; limit: number }) {
  let query = submissions(db).where('s.court_id', 'in', q.courtIds);
  if (q.kind) query = query.where('s.kind', '=', q.kind);
  if (q.state === 'open') {
    query = query.where('s.status', 'in', ['received', 'registered']).orderBy(sql`coalesce(s.register_by, s.answer_by)`, sql`asc nulls last`).orderBy('s.received_at');
  } else {
    query = query.where('s.status', 'in', ['answered', 'notAccepted']).orderBy('s.closed_at', 'desc');
  }
  return query.limit(q.limit).execute();
}

/** Open submissions per kind, for the queue's tabs. */
export async function countOpenSubmissions(db: Executor, courtIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom('portal_submissions').select(['kind', sql<string>`count(*)`.as('n')]).where('court_id', 'in', courtIds).where('status', 'in', ['received', 'registered']).groupBy('kind').execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

export function listSubmissionAttachments(db: Executor, submissionId: string) {
  return db.selectFrom('portal_submission_attachments').select(['id', 'label', 'media_type', 'size_bytes']).where('submission_id', '=', submissionId).orderBy('position').execute();
}

export function findSubmissionAttachment(db: Executor, submissionId: string, attachmentId: string) {
  return db.selectFrom('portal_submission_attachments').select(['label', 'media_type', 'content']).where('submission_id', '=', submissionId).where('id', '=', attachmentId).executeTakeFirst();
}
