/** Shapes shared by the agency check service (`/api/agency/v1`). */
import { z } from 'zod';
import { MEASURE_KINDS, SCENARIOS, SUBJECT_ROLES } from '@zhixing/domain';
import { zCivilDate } from '../common.js';

export const zScenario = z.enum(SCENARIOS);

export const DOCUMENT_TYPES = ['passport', 'hongKongMacaoPermit', 'taiwanPermit', 'foreignPermanentResidence'] as const;

export const zCheckSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), idNumber: z.string().trim().min(1).max(40).meta({ description: '18-character resident ID number' }) }),
  z.object({ kind: z.literal('organisation'), creditCode: z.string().trim().min(1).max(40).meta({ description: '18-character unified social credit code' }) }),
  z.object({ kind: z.literal('document'), docType: z.enum(DOCUMENT_TYPES), docNumber: z.string().trim().min(3).max(40) }),
]);

export const zCreditCheckRequest = z.object({
  subject: zCheckSubject,
  name: z.string().trim().min(1).max(100).nullable().optional().meta({ description: 'Name as a cross-check: a listed number with another name answers `review`' }),
  scenario: zScenario,
});
export type CreditCheckRequest = z.infer<typeof zCreditCheckRequest>;

export const zMatchedMeasure = z.object({
  measureId: z.number().int(),
  kind: z.enum(MEASURE_KINDS),
  role: z.enum(SUBJECT_ROLES),
  boundTo: z.string().nullable().meta({ description: 'For a person bound through an organisation: its name' }),
  caseNumber: z.string(),
  courtId: z.string(),
  courtName: z.string(),
  since: zCivilDate,
  legalBasis: z.string(),
});

export const zCreditCheckResult = z
  .object({
    decision: z.enum(['allow', 'deny', 'review']),
    reasons: z.array(z.string()).meta({ description: 'MEASURE_IN_FORCE, PERMITTED_CONSUMPTION, NAME_MISMATCH, INDEX_NOT_CURRENT, DOCUMENT_NOT_BOUND' }),
    scenario: zScenario,
    scenarioLabel: z.string(),
    subject: z.object({ kind: z.enum(['person', 'organisation']), masked: z.string() }),
    measures: z.array(zMatchedMeasure),
    nameMatches: z.boolean().nullable(),
    permitId: z.number().int().nullable(),
    legalBasis: z.string().optional(),
    checkedAt: z.iso.datetime(),
    indexSeq: z.number().int().meta({ description: 'Change-feed position the answer reflects' }),
  })
  .meta({ id: 'CreditCheckResult' });
export type CreditCheckResult = z.infer<typeof zCreditCheckResult>;
