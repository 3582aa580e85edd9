import { z } from 'zod';
import { CASE_ACTION_TYPES, STAY_GROUNDS } from '@zhixing/domain';
import { zBasisType, zCaseStage, zCaseType, zCivilDate, zClosingMethod, zUserRef, zUuid } from '../common.js';

export const zPartyView = z.object({
  id: zUuid,
  partyRole: z.enum(['applicant', 'debtor']),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  idNumberMasked: z.string().nullable().meta({ description: 'Resident ID masked as 2101**********1234; the full number is a separate, audited read' }),
  creditCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
});

export const zClaimView = z.object({
  id: zUuid,
  kind: z.enum(['principal', 'interest', 'costs', 'nonMoney']),
  amount: z.string().nullable().meta({ description: 'yuan, two decimals' }),
  description: z.string(),
});

export const zDeadlineView = z.object({
  node: z.enum(['assignment', 'notice', 'closing']),
  dueDate: zCivilDate,
  done: z.boolean(),
  doneOn: zCivilDate.nullable(),
  overdue: z.boolean(),
  paused: z.boolean(),
  daysLeft: z.number().int().nullable(),
  uncoveredYears: z.array(z.number().int()).meta({ description: 'Non-empty: computed without an official holiday calendar for these years' }),
  legalBasis: z.string(),
});

export const zAllowedAction = z.object({
  type: z.enum(CASE_ACTION_TYPES),
  allowed: z.boolean(),
  reasonZh: z.string().optional(),
  reasonEn: z.string().optional(),
});

export const zCaseDetail = z
  .object({
    id: zUuid,
    caseNumber: z.string(),
    court: z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string() }),
    caseType: zCaseType,
    stage: zCaseStage,
    handler: zUserRef.nullable(),
    filedOn: zCivilDate,
    receivedOn: zCivilDate,
    cause: z.string(),
    basis: z.object({
      type: zBasisType,
      issuer: z.string(),
      documentNumber: z.string(),
      effectiveDate: zCivilDate,
      performanceDeadline: zCivilDate.nullable(),
    }),
    nonLitigation: z.boolean(),
    applicationLimit: z.object({ end: zCivilDate, pastLimit: z.boolean() }),
    suspension: z.object({ kind: z.enum(['stay', 'deferral']), since: zCivilDate, until: zCivilDate.optional(), ground: z.string(), groundCode: z.enum(STAY_GROUNDS).optional() }).nullable(),
    excludedDays: z.number().int(),
    extensionMonths: z.number().int(),
    pendingExtension: z.object({ months: z.number().int(), requestedOn: zCivilDate, reason: z.string() }).nullable(),
    closingMethod: zClosingMethod.nullable(),
    closedOn: zCivilDate.nullable(),
    claimTotal: z.string(),
    parties: z.array(zPartyView),
    claims: z.array(zClaimView),
    deadlines: z.array(zDeadlineView),
    allowedActions: z.array(zAllowedAction),
    lastActionOn: zCivilDate,
    version: z.number().int(),
  })
  .meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof zCaseDetail>;
