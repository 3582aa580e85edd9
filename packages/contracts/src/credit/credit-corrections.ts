import { z } from 'zod';
import { CORRECTION_GROUNDS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate, zIdParams, zUuid } from '../common.js';

export const zCorrection = z.object({
  id: zUuid,
  kind: z.enum(['correction', 'reconsideration']),
  parentId: zUuid.nullable().meta({ description: 'For a reconsideration of a dismissed correction: that correction' }),
  decisionCourtId: z.string().meta({ description: 'The court that made the decision (a reconsideration is heard by the court above it, `courtId`)' }),
  decisionCourtName: z.string().meta({ description: 'Name of the deciding court, so the higher court\'s queue can say whose decision it reviews' }),
  decisionCourtNameEn: z.string(),
  decisionId: zUuid,
  courtId: z.string().meta({ description: 'The court that decides this application: the deciding court for a correction, the next-higher court for a reconsideration' }),
  courtName: z.string().meta({ description: 'Name of that court, so the deciding court sees where a reconsideration of its decision went' }),
  courtNameEn: z.string(),
  caseId: zUuid,
  caseNumber: z.string(),
  documentNumber: z.string(),
  applicantName: z.string(),
  ground: z.enum([...CORRECTION_GROUNDS, 'exitRestriction']).meta({ description: 'The correction ground (失信规定 art. 11), or `exitRestriction` for a reconsideration of one' }),
  reason: z.string(),
  receivedOn: zCivilDate,
  reviewDueOn: zCivilDate,
  daysLeft: z.number().int(),
  status: z.enum(['pending', 'granted', 'dismissed']),
  decidedOn: zCivilDate.nullable(),
  decisionNote: z.string().nullable(),
  fixDueOn: zCivilDate.nullable(),
  reconsiderationApplyBy: zCivilDate.nullable(),
});

export const fileCorrectionRoute = defineRoute({
  operationId: 'fileCorrection',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/corrections',
  summary: 'Register a written correction request (纠正申请, 失信规定 art. 11); it must be reviewed within 15 days (art. 12)',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: zIdParams,
  body: z.object({ applicantName: z.string().trim().min(1).max(100), ground: z.enum(CORRECTION_GROUNDS), reason: z.string().trim().min(4).max(4000), receivedOn: zCivilDate }),
  response: { 201: zCorrection },
});

export const fileReconsiderationRoute = defineRoute({
  operationId: 'fileReconsideration',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/reconsiderations',
  summary: 'Register an application for reconsideration by the next-higher court: of a dismissed correction (失信规定 art. 12) or of an exit restriction (异议复议规定 art. 9); within 10 days, decided within 15, the decision stays in force meanwhile',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: zIdParams,
  body: z.object({
    applicantName: z.string().trim().min(1).max(100),
    reason: z.string().trim().min(4).max(4000),
    receivedOn: zCivilDate,
    correctionId: zUuid.nullable().default(null).meta({ description: 'The dismissed correction request (listings only)' }),
  }),
  response: { 201: zCorrection },
});

export const decideCorrectionRoute = defineRoute({
  operationId: 'decideCorrection',
  method: 'POST',
  path: '/api/v1/credit-corrections/:id/decision',
  summary: 'Grant a correction request (the entry is corrected or deleted within 3 working days) or dismiss it (reconsideration within 10 days, art. 12)',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'president'] },
  params: zIdParams,
  body: z.object({ grant: z.boolean(), note: z.string().trim().min(2).max(4000) }),
  response: { 200: zCorrection },
});

export const listCorrectionsRoute = defineRoute({
  operationId: 'listCorrections',
  method: 'GET',
  path: '/api/v1/credit-corrections',
  summary: 'Correction requests and reconsiderations heard by the caller\'s courts, and those about decisions the caller\'s courts made (a reconsideration pending above, read-only here), pending first, with days left to review',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] },
  querystring: z.object({
    courtId: z.string().max(40).optional().meta({ description: 'One of the caller\'s courts: what it hears or what it decided' }),
    status: z.enum(['pending', 'granted', 'dismissed']).optional(),
    decisionId: zUuid.optional().meta({ description: 'Only those about this credit decision' }),
    caseId: zUuid.optional().meta({ description: 'Only those about the decisions of this case (the case page)' }),
  }),
  response: { 200: z.object({ items: z.array(zCorrection) }) },
});
