import { z } from 'zod';
import { CASE_STAGES, CLOSING_METHODS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate, zUuid, zYuan } from '../common.js';

/** The public nodes of a case a party sees (issue 5): never another party's ID number, address, phone or accounts. */
export const PUBLIC_NODE_KINDS = [
  'filed',
  'handlerAssigned',
  'noticeServed',
  'investigation',
  'networkInquiry',
  'propertyControlled',
  'controlReleased',
  'creditMeasure',
  'creditMeasureEnded',
  'disposal',
  'fundsReceived',
  'fundsPaidOut',
  'distributionPlan',
  'suspended',
  'resumed',
  'closed',
] as const;
export type PublicNodeKind = (typeof PUBLIC_NODE_KINDS)[number];

export const zPartyCase = z
  .object({
    caseNumber: z.string(),
    court: z.object({ name: z.string(), nameEn: z.string() }),
    cause: z.string(),
    stage: z.enum(CASE_STAGES),
    filedOn: zCivilDate,
    handler: z.string().nullable(),
    closing: z.object({ method: z.enum(CLOSING_METHODS), on: zCivilDate }).nullable(),
    /** Who is looking: their own name and role. */
    you: z.object({ name: z.string(), role: z.enum(['applicant', 'debtor']) }),
    /** The parties by name and role only. */
    parties: z.array(z.object({ name: z.string(), role: z.enum(['applicant', 'debtor']), you: z.boolean() })),
    claimTotal: zYuan,
    money: z.object({
      /** Enforcement money received on the case (reversed receipts left out). */
      received: zYuan,
      /** Paid out to you (an applicant); 0 for a debtor. */
      paidToYou: zYuan,
      /** Paid out to all applicants together. */
      paidOut: zYuan,
    }),
    /**
     * What is owed today (voluntary performance): the judgment's money debt, the doubled interest for
     * delayed performance to today, what was received, what is left, and where to pay. Null when the case
     * has no money claim.
     */
    performance: z
      .object({
        moneyDebt: zYuan,
        doubledInterest: zYuan,
        received: zYuan,
        outstanding: zYuan,
        asOf: zCivilDate,
        /** The case's own sub-account number (一案一账号): quoted with a payment, it lands on this case. */
        accountNumber: z.string(),
        payee: z.string(),
        legalBasis: z.string(),
      })
      .nullable(),
    /** Documents served on the parties (rulings, distribution plans), to download as issued. */
    documents: z.array(z.object({ id: z.uuid(), kind: z.enum(['controlRuling', 'distributionPlan']), number: z.string(), title: z.string(), issuedOn: zCivilDate })),
    timeline: z.array(
      z.object({
        on: zCivilDate,
        kind: z.enum(PUBLIC_NODE_KINDS),
        zh: z.string(),
        en: z.string(),
      }),
    ),
  })
  .meta({ id: 'PartyCase' });
export type PartyCase = z.infer<typeof zPartyCase>;

export const getPartyCaseRoute = defineRoute({
  operationId: 'getPartyCase',
  method: 'GET',
  path: '/api/public/v1/party/case',
  summary: 'The verified party\'s own case: its public nodes as a timeline, the money received and paid out',
  tags: ['public'],
  access: 'party',
  response: { 200: zPartyCase },
});

export const downloadPartyDocumentRoute = defineRoute({
  operationId: 'downloadPartyDocument',
  method: 'GET',
  path: '/api/public/v1/party/documents/:documentId',
  summary: 'A document served on the parties of the verified party\'s case (.docx, byte for byte as issued)',
  tags: ['public'],
  access: 'party',
  params: z.object({ documentId: zUuid }),
  response: { 200: z.any().meta({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) },
});
