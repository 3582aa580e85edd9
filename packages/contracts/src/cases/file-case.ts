import { z } from 'zod';
import { parseCreditCode, parseResidentId } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zBasisType, zCaseType, zCivilDate, zUuid, zYuan } from '../common.js';
import { zCaseDetail } from './case-detail.js';
import { zIssuedQueryCode } from '../public/query-codes.js';

const text = (max: number) => z.string().trim().min(1).max(max);

const zIdNumber = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const r = parseResidentId(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `${r.error.messageZh} / ${r.error.messageEn}` });
  })
  .meta({ description: '18-character resident ID (GB 11643-1999)', example: '11010519491231002X' });

const zCreditCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const r = parseCreditCode(value);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: `${r.error.messageZh} / ${r.error.messageEn}` });
  })
  .meta({ description: 'Unified social credit code (GB 32100-2015)', example: '91350100M000100Y43' });

export const zPartyInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), name: text(100), idNumber: zIdNumber, address: text(300).optional(), phone: text(40).optional() }),
  z.object({
    kind: z.literal('organisation'),
    name: text(200),
    creditCode: zCreditCode,
    legalRepresentative: text(100),
    address: text(300).optional(),
    phone: text(40).optional(),
  }),
]);
export type PartyInput = z.infer<typeof zPartyInput>;

export const zClaimInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['principal', 'interest', 'costs']), amount: zYuan, description: z.string().trim().max(500).optional() }),
  z.object({ kind: z.literal('nonMoney'), description: text(500) }),
]);
export type ClaimInput = z.infer<typeof zClaimInput>;

export const zFileCaseRequest = z
  .object({
    caseType: zCaseType.default('first'),
    filedOn: zCivilDate.optional().meta({ description: 'Defaults to today (CST); may not be in the future' }),
    receivedOn: zCivilDate.optional().meta({ description: 'Day the application was received (the notice period runs from it, 民诉法解释 art. 480); defaults to the filing date' }),
    cause: text(200).meta({ description: '案由', example: '民间借贷纠纷' }),
    basis: z.object({
      type: zBasisType,
      issuer: text(200).meta({ example: '大连市中山区人民法院' }),
      documentNumber: text(100).meta({ example: '（2025）辽0202民初456号' }),
      effectiveDate: zCivilDate,
      performanceDeadline: zCivilDate.nullable(),
    }),
    applicants: z.array(zPartyInput).min(1).max(50),
    debtors: z.array(zPartyInput).min(1).max(50),
    claims: z.array(zClaimInput).min(1).max(50),
    handlerId: zUuid.optional(),
  })
  .meta({ id: 'FileCaseRequest' });
export type FileCaseRequest = z.infer<typeof zFileCaseRequest>;

export const fileCaseRoute = defineRoute({
  operationId: 'fileCase',
  method: 'POST',
  path: '/api/v1/cases',
  summary: 'File (立案) an enforcement case from an enforcement basis',
  description: 'Assigns the next gapless case number of the court, year and type; computes the node deadlines; appends the filing event.',
  tags: ['cases'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief'] },
  body: zFileCaseRequest,
  // Each party's portal query code, handed out this once to be printed on their filing notice (issue 5).
  response: { 201: zCaseDetail.extend({ queryCodes: z.array(zIssuedQueryCode) }).meta({ id: 'FiledCase' }) },
});
