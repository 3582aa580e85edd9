/** The shapes shared by the credit-discipline routes (one decision as the console shows it). */
import { z } from 'zod';
import { LIFTING_GROUNDS, LISTING_GROUNDS, MEASURE_KINDS, PERMISSION_REASONS, REMOVAL_GROUNDS, SUBJECT_ROLES } from '@zhixing/domain';
import { zCivilDate, zUserRef, zUuid } from '../common.js';
import { zScenario } from '../agency/agency-schemas.js';

export const zMeasureKind = z.enum(MEASURE_KINDS);
export const zListingGround = z.enum(LISTING_GROUNDS);
export const zSubjectRole = z.enum(SUBJECT_ROLES);
/** Grounds that end a whole decision (a single bound person is released by lift-subject). */
export const zEndingGround = z.enum([...new Set([...REMOVAL_GROUNDS, ...LIFTING_GROUNDS.filter((g) => g !== 'formerOfficerReplaced')])] as [string, ...string[]]);
export const zDecisionStatus = z.enum(['pendingApproval', 'rejected', 'inGrace', 'published', 'removed']);

export const zCreditSubjectView = z.object({
  id: z.number().int(),
  role: zSubjectRole,
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  creditCode: z.string().nullable(),
  boundTo: z.string().nullable(),
  liftedAt: z.iso.datetime().nullable(),
});

/** Why an act is undone (a permit revoked, a document unbound): written on the audit chain. */
export const zUndoReason = z.string().trim().min(2).max(1000).meta({ description: 'Why (2–1000 characters), recorded on the case\'s audit chain' });

/** A permission for one necessary consumption under a consumption restriction (限高规定 art. 8). */
export const zConsumptionPermitView = z
  .object({
    id: z.number().int(),
    subjectId: z.number().int().meta({ description: 'The credit subject (one of the decision\'s subjects) permitted' }),
    reason: z.enum(PERMISSION_REASONS),
    description: z.string().nullable(),
    scenarios: z.array(zScenario),
    from: zCivilDate,
    to: zCivilDate,
    grantedBy: zUserRef,
    grantedAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    revokedBy: zUserRef.nullable(),
    revokedReason: z.string().nullable(),
    active: z.boolean().meta({ description: 'Not revoked and its last day (`to`) not past: checks answer allow for it in its window, and it can still be revoked' }),
  })
  .meta({ id: 'ConsumptionPermit' });

export const zCreditDecision = z
  .object({
    id: zUuid,
    courtId: z.string(),
    caseId: zUuid,
    caseNumber: z.string(),
    kind: zMeasureKind,
    status: zDecisionStatus,
    documentNumber: z.string(),
    debtor: z.object({ partyId: zUuid, name: z.string() }),
    ground: zListingGround.nullable(),
    facts: z.string(),
    gracePeriodMonths: z.number().int(),
    periodYears: z.number().int().nullable(),
    extensionYears: z.number().int(),
    onApplicantRequest: z.boolean(),
    exOfficioReason: z.string().nullable(),
    decisionDate: zCivilDate,
    publishOn: zCivilDate.nullable().meta({ description: 'When the measure is published (after the grace period)' }),
    expiresOn: zCivilDate.nullable(),
    legalBasis: z.string(),
    proposedBy: zUserRef.nullable(),
    proposedAt: z.iso.datetime(),
    approvedBy: zUserRef.nullable(),
    approvedAt: z.iso.datetime().nullable(),
    rejectedReason: z.string().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    removal: z
      .object({
        ground: z.string().nullable(),
        arisenOn: zCivilDate.nullable(),
        dueOn: zCivilDate.nullable(),
        overdue: z.boolean(),
        removedAt: z.iso.datetime().nullable(),
        note: z.string().nullable(),
      })
      .nullable(),
    relistBarredUntil: zCivilDate.nullable(),
    version: z.number().int(),
    subjects: z.array(zCreditSubjectView),
    permits: z.array(zConsumptionPermitView).meta({ description: 'Permits granted under this decision (consumption restrictions only), oldest first' }),
  })
  .meta({ id: 'CreditDecision' });

const zPersonId = z.string().trim().min(1).max(40).meta({ description: '18-character resident ID number' });
const zName = z.string().trim().min(1).max(100);
const zFacts = z.string().trim().min(4).max(4000).meta({ description: 'The facts the decision rests on (written into the 决定书)' });

const zBoundPerson = z.object({
  role: z.enum(['legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController', 'statutoryAgent']),
  name: zName,
  idNumber: zPersonId,
});

/** What a handler proposes; the same body serves the eligibility preview and the proposal. */
export const zCreditProposal = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('dishonestListing'),
    debtorPartyId: zUuid,
    ground: zListingGround,
    facts: zFacts,
    gracePeriodMonths: z.number().int().min(0).max(3).default(0),
    extensionYears: z.number().int().min(0).max(3).default(0),
    aggravation: z.enum(['seriousObstruction', 'multipleDishonestActs']).nullable().default(null),
    attestations: z
      .object({ securityProvided: z.boolean(), seizedPropertySufficient: z.boolean(), laterInPerformanceOrder: z.boolean() })
      .default({ securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false }),
    onApplicantRequest: z.boolean(),
  }),
  z.object({
    kind: z.literal('consumptionRestriction'),
    debtorPartyId: zUuid,
    facts: zFacts,
    gracePeriodMonths: z.number().int().min(0).max(3).default(0),
    boundPersons: z.array(zBoundPerson).max(20).default([]),
    onApplicantRequest: z.boolean(),
  }),
  z.object({
    kind: z.literal('exitRestriction'),
    debtorPartyId: zUuid,
    facts: zFacts,
    subjects: z.array(zBoundPerson).max(20).default([]),
    onApplicantRequest: z.boolean(),
    exOfficioReason: z.string().trim().min(2).max(1000).nullable().default(null),
  }),
]);
export type CreditProposal = z.infer<typeof zCreditProposal>;

export const zEligibilityProblem = z.object({ code: z.string(), messageZh: z.string(), messageEn: z.string() });
