/**
 * A case's network inquiry (网络查控) in the staff API, and the institutions' reply endpoint
 * (ADR 0009): start the inquiry; read what the institutions answered and the property found
 * (an audited read); institutions post signed replies.
 */
import { z } from 'zod';
import { PROPERTY_KIND_LIST, type PropertyKind } from '@zhixing/domain';
import { defineRoute, CASE_READER_ROLES } from '../route.js';
import { zIdParams, zUuid } from '../common.js';
import { ENCUMBRANCE_KINDS } from './assist-protocol.js';

export const startInquiryRoute = defineRoute({
  operationId: 'startNetworkInquiry',
  method: 'POST',
  path: '/api/v1/cases/:id/network-inquiries',
  summary: 'Send the case\'s network inquiry: a signed request to every networked institution that inquires, for every debtor (once a day)',
  tags: ['network inquiry'],
  access: { roles: ['judge', 'officer'] },
  params: zIdParams,
  response: {
    201: z.object({
      requested: z.number().int().meta({ description: 'Requests queued now' }),
      alreadyRequested: z.number().int().meta({ description: 'Already sent today for the same debtor and institution' }),
      institutions: z.number().int(),
      debtors: z.number().int(),
    }),
  },
});

export const ASSIST_REQUEST_STATES = ['queued', 'sent', 'answered', 'failed', 'timedOut'] as const;

export const zCaseProperty = z.object({
  id: zUuid,
  institutionId: zUuid,
  institutionName: z.string(),
  kind: z.enum(PROPERTY_KIND_LIST as [PropertyKind, ...PropertyKind[]]),
  ref: z.string(),
  description: z.string(),
  balanceFen: z.number().int().nullable(),
  valuationFen: z.number().int().nullable(),
  valuationBasis: z.string().nullable(),
  encumbrances: z.array(z.object({ kind: z.enum(ENCUMBRANCE_KINDS), holder: z.string(), amountFen: z.number().int().optional(), caseNumber: z.string().optional(), since: z.string().optional(), registeredSeq: z.number().int().optional() })),
  foundAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export const zInquiryRequestView = z.object({
  id: zUuid,
  institutionId: zUuid,
  institutionName: z.string(),
  categoryLabel: z.string(),
  subjectName: z.string(),
  state: z.enum(ASSIST_REQUEST_STATES),
  attempts: z.number().int(),
  createdAt: z.iso.datetime(),
  answeredAt: z.iso.datetime().nullable(),
  /** A refusal's or a rejected reply's reason, when there is one. */
  note: z.string().nullable(),
});

export const getCasePropertiesRoute = defineRoute({
  operationId: 'getCaseProperties',
  method: 'GET',
  path: '/api/v1/cases/:id/properties',
  summary: 'What the network inquiry found for the case, and where each request stands (the read is audited)',
  tags: ['network inquiry'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.object({ properties: z.array(zCaseProperty), requests: z.array(zInquiryRequestView) }) },
});

export const receiveAssistReplyRoute = defineRoute({
  operationId: 'receiveAssistReply',
  method: 'POST',
  path: '/api/agency/v1/assist/replies',
  summary: 'An institution posts its signed reply (zx-assist/1); it is verified against the institution\'s registered keys before anything in it is believed',
  description: 'The body is an envelope as in docs/assist-protocol.md. 200 `booked` or `duplicate` (delivered before: nothing happens again); a reply that fails verification or matching is kept with its reason and answered 422 `ASSIST_REPLY_REJECTED` with `details.code`.',
  tags: ['network inquiry'],
  access: 'public',
  body: z.unknown(),
  response: { 200: z.object({ outcome: z.enum(['booked', 'duplicate']), requestId: zUuid.nullable() }) },
});
