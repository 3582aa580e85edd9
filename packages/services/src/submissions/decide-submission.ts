/**
 * The court registers, answers or refuses a submission (issue 5). The submitter reads the reply on the
 * portal; on a case it is a case event (and a court event otherwise). Answering an online filing
 * request with `fileCase` files the case from the application in the same transaction, so the request
 * is answered exactly when the case exists. A refused appointment gives its seat back.
 */
import { AppError, invalidField, type DecideSubmissionRequest, type FileCaseRequest, type IssuedQueryCode, type SubmissionDetail } from '@zhixing/contracts';
import { findSubmissionById, lockSubmission, releaseAppointmentSeat, updateSubmission, type Executor } from '@zhixing/db';
import { SUBMISSION_RULES, nextSubmissionStatus, submissionDeadlines, type SubmissionKind, type SubmissionStatus } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { appErrorFrom } from '../domain-errors.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { fileCase } from '../cases/file-case.js';
import { SUBMISSION_DECIDERS, submissionDetailFor, submissionInScope } from './get-submission.js';
import { KIND_EN, KIND_ZH } from './submit.js';

const ACT_ZH = { register: '受理', answer: '答复', notAccept: '不予受理' } as const;
const ACT_EN = { register: 'registered', answer: 'answered', notAccept: 'refused' } as const;

export async function decideSubmission(ctx: ServiceContext, actor: Actor, id: string, request: DecideSubmissionRequest): Promise<SubmissionDetail & { queryCodes?: IssuedQueryCode[] }> {
  requireRole(actor, SUBMISSION_DECIDERS);
  const { db } = ctx.database;
  const found = await submissionInScope(db, actor, id);
  // Supervisors above read every court's queue; only the court itself acts on its submissions.
  if (found.court_id !== actor.courtId) throw new AppError('FORBIDDEN', { details: { reason: 'another court’s submission' } });
  const calendar = await ctx.calendar();
  const day = today(ctx.clock);
  const kind = found.kind as SubmissionKind;

  const apply = async (trx: Executor, filed: { caseId: string; caseNumber: string } | null): Promise<void> => {
    const row = await lockSubmission(trx, id);
    if (!row || row.version !== request.expectedVersion) {
      throw new AppError('VERSION_CONFLICT', { zh: '该事项已被他人处理，请刷新后重试', en: 'Someone acted on this submission meanwhile: reload and try again', details: { expectedVersion: request.expectedVersion, currentVersion: row?.version ?? null } });
    }
    let status: SubmissionStatus;
    try {
      status = nextSubmissionStatus(kind, row.status as SubmissionStatus, request.action);
    } catch (error) {
      throw appErrorFrom(error) ?? error;
    }
    // Registration starts the answer period of a complaint (信访工作条例) and keeps an objection's
    // (counted from receipt, 民诉法 art. 236); answering or refusing closes every deadline.
    const deadlines = request.action === 'register' ? submissionDeadlines(calendar, kind, { receivedOn: row.received_on, registeredOn: day, urgent: row.urgent, slotDate: row.slot ? row.slot.slice(0, 10) : null }) : null;
    const now = ctx.clock.now();
    const reply = request.reply ?? null;
    await updateSubmission(trx, id, {
      status,
      registerBy: null,
      answerBy: deadlines?.answerBy ?? null,
      ...(reply !== null ? { reply } : {}),
      ...(request.action === 'register' ? { registeredAt: now, registeredBy: actor.userId } : { closedAt: now, closedBy: actor.userId }),
      ...(filed ? { filedCaseId: filed.caseId } : {}),
    });
    if (kind === 'appointment' && request.action === 'notAccept') await releaseAppointmentSeat(trx, id);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId: row.case_id ?? filed?.caseId ?? null,
      action: `submission${request.action[0]!.toUpperCase()}${request.action.slice(1)}`,
      before: { status: row.status },
      after: { submissionId: id, receiptNumber: found.receipt_number, status, reply, ...(filed ? { filedCaseNumber: filed.caseNumber } : {}) },
      legalBasis: SUBMISSION_RULES[kind].legalBasis,
      summaryZh: `${ACT_ZH[request.action]}${KIND_ZH[kind]}（回执号${found.receipt_number}）${filed ? `，立案为${filed.caseNumber}` : ''}${reply ? `：${reply.slice(0, 80)}` : ''}`,
      summaryEn: `The ${KIND_EN[kind]} ${found.receipt_number} was ${ACT_EN[request.action]}${filed ? `; filed as ${filed.caseNumber}` : ''}`,
    });
  };

  let queryCodes: IssuedQueryCode[] | undefined;
  if (request.action === 'answer' && request.fileCase) {
    if (kind !== 'filingRequest') throw invalidField('fileCase', '只有网上立案申请可以据此立案', 'Only an online filing request can be filed as a case');
    const application = found.details['application'] as Pick<FileCaseRequest, 'cause' | 'basis' | 'applicants' | 'debtors' | 'claims'>;
    const filed = await fileCase(ctx, actor, { caseType: 'first', receivedOn: found.received_on, ...application }, { alsoInTransaction: (trx, f) => apply(trx, f) });
    queryCodes = filed.queryCodes;
  } else {
    await db.transaction().execute((trx) => apply(trx, null));
  }
  const row = await findSubmissionById(db, id);
  const detail = await submissionDetailFor(db, actor, row!, day);
  return queryCodes ? { ...detail, queryCodes } : detail;
}
