/**
 * The assistance desk for institutions that are not networked (传统查控, issue 4): the administrator
 * issues a desk key; the institution's staff see the requests addressed to it and answer by form.
 * An answer takes the same path as a signed network reply (checked, booked once, a case event).
 */
import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zIdParams, zUuid } from '../common.js';
import { zAssistDocument, zAssistSubject, zControlResult, zInquiryResult, zPropertyKind, zRejection } from './assist-protocol.js';

export const issueDeskKeyRoute = defineRoute({
  operationId: 'issueDeskKey',
  method: 'POST',
  path: '/api/v1/institutions/:id/desk-key',
  summary: 'Issue (or replace) the desk key of an institution that is not networked; shown once',
  tags: ['institutions'],
  access: { roles: ['admin'] },
  params: zIdParams,
  response: { 201: z.object({ deskKey: z.string().meta({ description: '`zxi_…`: hand it to the institution; only its hash is kept' }), issuedAt: z.iso.datetime() }) },
});

const DESK_AUTH = 'Authorization: Bearer <desk key> (401 `INSTITUTION_AUTH_INVALID` otherwise).';

export const zDeskRequest = z.object({
  id: zUuid,
  issuedAt: z.iso.datetime({ offset: true }),
  type: z.enum(['inquiry', 'control']),
  act: z.string(),
  court: z.object({ id: z.string(), name: z.string() }),
  caseNumber: z.string(),
  officer: z.object({ name: z.string(), badgeNumber: z.string() }),
  subject: zAssistSubject,
  documents: z.array(zAssistDocument),
  property: z.object({ kind: zPropertyKind, ref: z.string() }).nullable(),
  amountFen: z.number().int().nullable(),
  termMonths: z.number().int().nullable(),
  controlRef: z.string().nullable(),
});

export const getDeskRoute = defineRoute({
  operationId: 'getAssistDesk',
  method: 'GET',
  path: '/api/agency/v1/assist/desk',
  summary: 'The desk: the institution and the requests addressed to it not yet answered (the answer time starts when they are first shown)',
  description: DESK_AUTH,
  tags: ['network inquiry'],
  access: 'public',
  response: { 200: z.object({ institution: z.object({ code: z.string(), name: z.string(), category: z.string(), acts: z.array(z.string()) }), requests: z.array(zDeskRequest) }) },
});

export const answerDeskRequestRoute = defineRoute({
  operationId: 'answerDeskRequest',
  method: 'POST',
  path: '/api/agency/v1/assist/desk/requests/:id/answer',
  summary: 'Answer one request by form: what was found (inquiry), what was done (control), or why it cannot be done',
  description: `${DESK_AUTH} 422 \`ASSIST_REPLY_REJECTED\` when the answer does not fit the request (another act, more than asked, a deduction above the freeze …), with \`details.code\`.`,
  tags: ['network inquiry'],
  access: 'public',
  params: zIdParams,
  body: z.strictObject({
    answeredBy: z.string().trim().min(1).max(50).meta({ description: 'The name of the person who answers, for the record' }),
    body: z.discriminatedUnion('type', [zInquiryResult, zControlResult, zRejection]),
  }),
  response: { 200: z.object({ outcome: z.enum(['booked', 'duplicate']) }) },
});

export const downloadDeskDocumentRoute = defineRoute({
  operationId: 'downloadDeskDocument',
  method: 'GET',
  path: '/api/agency/v1/assist/desk/requests/:id/documents/:sha256',
  summary: 'A document a request to this institution rests on (ruling, notice of assistance), as issued (.docx)',
  description: DESK_AUTH,
  tags: ['network inquiry'],
  access: 'public',
  params: z.object({ id: zUuid, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  response: { 200: z.any().meta({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) },
});
