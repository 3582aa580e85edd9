/**
 * Someone hands in a submission on the portal (issue 5, 执行事务大厅): an online filing request, a
 * property clue, an objection, a complaint or an appointment request. It lands in the right court's
 * queue with the deadlines of its kind (domain submission-rules.ts), every attachment type-checked
 * from its bytes, and is a case event (or a court event when no case is named) — all in one
 * transaction, so a refused attachment or a slot taken meanwhile leaves nothing behind.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError, invalidField, type SubmissionReceipt, type SubmissionRequest } from '@zhixing/contracts';
import { findCaseByNumber, findCourt, findLiveRewardNotice, findSubmissionById, insertSubmission, insertSubmissionAttachments, takeAppointmentSeat } from '@zhixing/db';
import {
  ATTACHMENT_MAX_BYTES,
  SLOT_SEATS,
  SUBMISSION_RULES,
  attachmentLabel,
  bookableSlotDate,
  civilParts,
  receiptNumberFromBytes,
  sniffAttachmentType,
  submissionDeadlines,
  type SubmissionKind,
} from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import type { PartyPrincipal } from '../portal/party-principal.js';
import { today } from '../today.js';
import { submissionReceipt, submissionSummary } from './submission-view.js';

const KIND_ZH: Record<SubmissionKind, string> = { filingRequest: '网上立案申请', propertyClue: '财产线索', objection: '执行异议', complaint: '举报控告', appointment: '约见法官预约' };
const KIND_EN: Record<SubmissionKind, string> = { filingRequest: 'online filing request', propertyClue: 'property clue', objection: 'objection', complaint: 'complaint', appointment: 'appointment request' };
/** Kinds about a case already filed: they need one. */
const NEEDS_CASE: readonly SubmissionKind[] = ['propertyClue', 'objection'];

interface Where {
  courtId: string;
  caseId: string | null;
  partyId: string | null;
}

async function resolveWhere(ctx: ServiceContext, input: SubmissionRequest, party: PartyPrincipal | null): Promise<Where> {
  const { db } = ctx.database;
  if (input.kind === 'filingRequest') {
    if (!(await findCourt(db, input.courtId))) throw invalidField('courtId', '没有该法院', 'No such court');
    return { courtId: input.courtId, caseId: null, partyId: null };
  }
  if (party) return { courtId: party.courtId, caseId: party.caseId, partyId: party.partyId };
  if (input.caseNumber) {
    const found = await findCaseByNumber(db, input.caseNumber.replace(/\(/g, '（').replace(/\)/g, '）'));
    if (!found) throw invalidField('caseNumber', '未找到该案号的执行案件', 'No enforcement case has this number');
    if (input.courtId && input.courtId !== found.court_id) throw invalidField('courtId', '该案件不属于所选法院', 'The case is not of the chosen court');
    return { courtId: found.court_id, caseId: found.id, partyId: null };
  }
  if (NEEDS_CASE.includes(input.kind)) throw invalidField('caseNumber', '请填写执行案号', 'Give the enforcement case number');
  if (!input.courtId) throw invalidField('courtId', '请选择法院', 'Choose a court');
  if (!(await findCourt(db, input.courtId))) throw invalidField('courtId', '没有该法院', 'No such court');
  return { courtId: input.courtId, caseId: null, partyId: null };
}

/** Decodes and checks each attachment: not empty, not over the limit, and a type we accept. */
function readAttachments(input: SubmissionRequest): Array<{ label: string; mediaType: string; content: Uint8Array }> {
  return input.attachments.map((a, i) => {
    const content = Buffer.from(a.contentBase64, 'base64');
    if (content.byteLength === 0 || content.byteLength > ATTACHMENT_MAX_BYTES) throw invalidField(`attachments.${i}.contentBase64`, '附件为空或超过5MB', 'The attachment is empty or larger than 5 MB');
    const mediaType = sniffAttachmentType(content, a.fileName);
    if (!mediaType) throw new AppError('ATTACHMENT_TYPE_REFUSED', { details: { fileName: attachmentLabel(a.fileName), index: i } });
    return { label: attachmentLabel(a.fileName), mediaType, content };
  });
}

/** The kind's own fields, as kept (who and where are columns of their own). */
function detailsOf(input: SubmissionRequest): Record<string, unknown> {
  const { kind: _kind, submitter: _submitter, attachments: _attachments, ...rest } = input;
  const details: Record<string, unknown> = { ...rest };
  for (const key of ['courtId', 'caseNumber', 'urgent', 'slot', 'rewardNoticeId']) delete details[key];
  return details;
}

export async function submit(ctx: ServiceContext, input: SubmissionRequest, caller: { party: PartyPrincipal | null; ip: string }): Promise<SubmissionReceipt> {
  const { db } = ctx.database;
  const where = await resolveWhere(ctx, input, caller.party);
  const attachments = readAttachments(input);
  const calendar = await ctx.calendar();
  const receivedOn = today(ctx.clock);
  let slotDate: string | null = null;
  if (input.kind === 'appointment') {
    slotDate = bookableSlotDate(calendar, receivedOn, input.slot);
    if (!slotDate) throw invalidField('slot', '该时段不可预约，请在未来十个工作日的时段中选择', 'This slot cannot be booked: choose one of the next ten working days');
  }
  const urgent = input.kind === 'propertyClue' && input.urgent;
  // A clue answering a reward notice is registered against it, in order (财产调查规定 art. 23).
  const rewardNoticeId = input.kind === 'propertyClue' ? (input.rewardNoticeId ?? null) : null;
  if (rewardNoticeId && !(where.caseId && (await findLiveRewardNotice(db, rewardNoticeId, where.caseId, receivedOn)))) {
    throw invalidField('rewardNoticeId', '该案没有此项有效的悬赏公告', 'This case has no such reward notice in force');
  }
  const deadlines = submissionDeadlines(calendar, input.kind, { receivedOn, registeredOn: null, urgent, slotDate });
  const id = randomUUID();
  const receiptNumber = receiptNumberFromBytes(input.kind, civilParts(receivedOn).year, randomBytes(64));
  const details = detailsOf(input);
  const slot = input.kind === 'appointment' ? input.slot : null;

  await db.transaction().execute(async (trx) => {
    await insertSubmission(trx, {
      id,
      receiptNumber,
      kind: input.kind,
      courtId: where.courtId,
      caseId: where.caseId,
      partyId: where.partyId,
      submitter: { ...input.submitter, ...(input.submitter.idNumber ? { idNumber: input.submitter.idNumber.toUpperCase() } : {}) },
      details,
      urgent,
      slot,
      receivedAt: ctx.clock.now(),
      receivedOn,
      registerBy: deadlines.registerBy,
      answerBy: deadlines.answerBy,
      rewardNoticeId,
    });
    await insertSubmissionAttachments(trx, attachments.map((a, position) => ({ id: randomUUID(), submissionId: id, position, ...a })));
    if (slot && (await takeAppointmentSeat(trx, where.courtId, slot, SLOT_SEATS, id)) === null) throw new AppError('APPOINTMENT_SLOT_TAKEN', { details: { slot } });
    await recordEvent(trx, ctx.clock, null, {
      courtId: where.courtId,
      caseId: where.caseId,
      action: 'submissionReceived',
      after: { submissionId: id, receiptNumber, kind: input.kind, submitter: input.submitter.name, submitterRole: input.submitter.role, viaPartySession: where.partyId !== null, attachments: attachments.length, registerBy: deadlines.registerBy, answerBy: deadlines.answerBy, clientIp: caller.ip },
      legalBasis: SUBMISSION_RULES[input.kind].legalBasis,
      summaryZh: `执行事务大厅收到${KIND_ZH[input.kind]}（回执号${receiptNumber}）：${submissionSummary(input.kind, details, slot)}`,
      summaryEn: `The enforcement affairs hall received an ${KIND_EN[input.kind]} (receipt ${receiptNumber})`,
    });
  });
  const row = await findSubmissionById(db, id);
  return submissionReceipt(row!);
}

export { KIND_EN, KIND_ZH };
