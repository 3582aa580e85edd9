import { z } from 'zod';
import { SUBMISSION_KINDS, SUBMISSION_STATUSES } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate } from '../common.js';
import { zFileCaseRequest } from '../cases/file-case.js';
import { writing, zAttachments, zSubmitter } from './submission-parts.js';

export const PROPERTY_CLUE_TYPES = ['deposit', 'realEstate', 'vehicle', 'equity', 'securities', 'receivable', 'onlinePayment', 'movable', 'other'] as const;

/**
 * Where the submission goes: a court (from `GET /api/public/v1/courts`), or a case by its number. A
 * party who opened their case on the portal (`Bearer zxp_…`) needs neither: their case is used.
 */
const zWhere = {
  courtId: z.string().trim().min(1).max(40).optional(),
  caseNumber: z.string().trim().min(6).max(60).optional().meta({ example: '（2026）辽0211执1号' }),
};

export const zSubmissionRequest = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('filingRequest'),
      courtId: z.string().trim().min(1).max(40),
      submitter: zSubmitter,
      /** The enforcement application: the same content a filing clerk enters (the case is filed from it). */
      application: zFileCaseRequest.pick({ cause: true, basis: true, applicants: true, debtors: true, claims: true }),
      attachments: zAttachments,
    }),
    z.object({
      kind: z.literal('propertyClue'),
      ...zWhere,
      submitter: zSubmitter,
      propertyType: z.enum(PROPERTY_CLUE_TYPES),
      description: writing(2000),
      location: z.string().trim().max(300).optional(),
      /** The property may be moved or spent soon: checked within 3 days instead of 7. */
      urgent: z.boolean().default(false),
      /** The reward notice (悬赏公告) this clue answers: clues are registered in order (财产调查规定 art. 23). */
      rewardNoticeId: z.uuid().optional(),
      attachments: zAttachments,
    }),
    z.object({
      kind: z.literal('objection'),
      ...zWhere,
      submitter: zSubmitter,
      /** `act`: against an enforcement act (民诉法 art. 236); `outsider`: an outsider's right in the property (art. 238). */
      objectionType: z.enum(['act', 'outsider']),
      request: writing(1000),
      reasons: writing(4000),
      attachments: zAttachments,
    }),
    z.object({
      kind: z.literal('complaint'),
      ...zWhere,
      submitter: zSubmitter,
      subject: z.enum(['staff', 'act', 'other']),
      staffName: z.string().trim().max(60).optional(),
      content: writing(4000),
      attachments: zAttachments,
    }),
    z.object({
      kind: z.literal('appointment'),
      ...zWhere,
      submitter: zSubmitter,
      /** A slot from `GET /api/public/v1/courts/{courtId}/appointment-slots`, e.g. `2026-03-03T09:30`. */
      slot: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: '预约时段格式应为 YYYY-MM-DDTHH:MM / the slot must look like YYYY-MM-DDTHH:MM' }),
      topic: writing(500),
      attachments: zAttachments,
    }),
  ])
  .meta({ id: 'SubmissionRequest' });
export type SubmissionRequest = z.infer<typeof zSubmissionRequest>;

/** What the submitter sees, now and when they follow it with the receipt number. */
export const zSubmissionReceipt = z
  .object({
    receiptNumber: z.string().meta({ example: 'YY2026-K7QM3-XWP9H' }),
    kind: z.enum(SUBMISSION_KINDS),
    status: z.enum(SUBMISSION_STATUSES),
    court: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }),
    caseNumber: z.string().nullable(),
    /** The submitter's name, masked (张*明). */
    submitterName: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    /** The last day to register it (立案 / 受理 / confirm), while that is still to come. */
    registerBy: zCivilDate.nullable(),
    /** The last day to answer it; null while it waits for registration (complaints). */
    answerBy: zCivilDate.nullable(),
    legalBasis: z.string(),
    slot: z.string().nullable(),
    registeredAt: z.iso.datetime({ offset: true }).nullable(),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
    /** The court's answer, or the reason it was not accepted. */
    reply: z.string().nullable(),
    /** For an accepted online filing request: the number of the case filed from it. */
    filedCaseNumber: z.string().nullable(),
    attachments: z.number().int().nonnegative(),
  })
  .meta({ id: 'SubmissionReceipt' });
export type SubmissionReceipt = z.infer<typeof zSubmissionReceipt>;

export const submitRoute = defineRoute({
  operationId: 'submit',
  method: 'POST',
  path: '/api/public/v1/submissions',
  summary: 'Hand in an online filing request, a property clue, an objection, a complaint or an appointment request',
  description:
    'Answers with a receipt number to follow it by (`GET /api/public/v1/submissions/{receiptNumber}`) and the statutory deadlines. Attachments (at most 5, each at most 5 MB, JPEG, PNG, PDF or .docx — the type is read from the bytes) travel as Base64. A party logged in on the portal (`Bearer zxp_…`) submits on their own case. Rate-limited per client.',
  tags: ['public'],
  access: 'public',
  body: zSubmissionRequest,
  response: { 201: zSubmissionReceipt },
});

export const zReceiptNumberParams = z.object({ receiptNumber: z.string().min(1).max(40) });

export const followSubmissionRoute = defineRoute({
  operationId: 'followSubmission',
  method: 'GET',
  path: '/api/public/v1/submissions/:receiptNumber',
  summary: 'Where a submission stands, by its receipt number',
  description: 'The receipt number is the only key: nothing personal is shown but the submitter\'s masked name. Rate-limited per client.',
  tags: ['public'],
  access: 'public',
  params: zReceiptNumberParams,
  response: { 200: zSubmissionReceipt },
});
