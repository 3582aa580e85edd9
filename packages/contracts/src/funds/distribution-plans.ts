/**
 * Distribution among several creditors (参与分配, 民诉法解释 arts. 506–514; issue 4): the plan
 * computed from the proceeds — costs first, priority claims by rank, ordinary claims pro rata
 * (natural person, other organisation) or by seizure order (enterprise) — with its document, and
 * per party the service dates that start the 15 + 15 + 15-day periods (arts. 509–510).
 */
import { z } from 'zod';
import { DISTRIBUTION_DEBTOR_KINDS } from '@zhixing/domain';
import { defineRoute, CASE_READER_ROLES } from '../route.js';
import { zCivilDate, zIdParams, zUuid } from '../common.js';

const zFen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().min(1).max(max);

export const zDistributionClaimInput = z.strictObject({
  creditor: text(200),
  basis: text(200).optional().meta({ description: 'The creditor\'s enforcement basis or case number' }),
  amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'What is still owed on the claim' }),
  priority: z.strictObject({ rank: z.number().int().min(1).max(99), since: zCivilDate, note: text(200).meta({ example: '抵押权' }) }).optional().meta({ description: 'A right to be paid first (优先权、担保物权): rank 1 highest; within a rank the earlier right first' }),
  seizureOrder: z.number().int().min(1).max(10_000).optional().meta({ description: 'Enterprise debtors: 1 = first preservation or seizure (民诉法解释 art. 514)' }),
});

export const zDistributionLine = z.object({
  claimIndex: z.number().int().nullable().meta({ description: 'Index into `claims`; null for the costs' }),
  creditor: z.string(),
  tier: z.enum(['costs', 'priority', 'ordinary']),
  owedFen: zFen,
  paidFen: zFen,
  shortfallFen: zFen,
});

export const zPartyTimers = z.object({
  party: z.string(),
  planServedOn: zCivilDate,
  objectionNoticeOn: zCivilDate.nullable(),
  oppositionNoticeOn: zCivilDate.nullable(),
  objected: z.boolean(),
  objectionDueOn: zCivilDate,
  oppositionDueOn: zCivilDate.nullable(),
  lawsuitDueOn: zCivilDate.nullable(),
});

export const zDistributionPlan = z.object({
  id: zUuid,
  number: z.string(),
  proceedsSource: z.string(),
  amountFen: zFen,
  costsFen: zFen,
  debtorKind: z.enum(DISTRIBUTION_DEBTOR_KINDS),
  claims: z.array(z.object({ creditor: z.string(), basis: z.string().nullable(), amountFen: zFen, priority: z.object({ rank: z.number().int(), since: zCivilDate, note: z.string() }).nullable(), seizureOrder: z.number().int().nullable() })),
  lines: z.array(zDistributionLine),
  surplusFen: zFen,
  documentId: zUuid,
  createdAt: z.iso.datetime(),
  parties: z.array(zPartyTimers),
  /** Creditors and debtors the plan has not yet been recorded as served on (art. 509: it is served on all of them). */
  unserved: z.array(z.string()),
  /** Served on every creditor and the debtor, every objection period over, and no one objected: the plan can be carried out (art. 509). */
  unopposed: z.boolean(),
});

export const makeDistributionPlanRoute = defineRoute({
  operationId: 'makeDistributionPlan',
  method: 'POST',
  path: '/api/v1/cases/:id/distribution-plans',
  summary: 'Make the distribution plan for proceeds held in the case account: computed exactly (not a fen made or lost), with its document (财产分配方案)',
  tags: ['funds'],
  access: { roles: ['judge', 'officer'] },
  params: zIdParams,
  body: z.strictObject({
    proceedsSource: text(300).meta({ example: '拍卖被执行人名下房产所得价款' }),
    amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'The proceeds to distribute; at most what the case account holds free' }),
    costsFen: zFen.default(0).meta({ description: 'Enforcement costs, paid first (art. 508)' }),
    debtorKind: z.enum(DISTRIBUTION_DEBTOR_KINDS),
    claims: z.array(zDistributionClaimInput).min(1).max(200),
  }),
  response: { 201: zDistributionPlan },
});

export const zPlanParams = z.object({ id: zUuid, planId: zUuid });

export const recordPlanServiceRoute = defineRoute({
  operationId: 'recordPlanService',
  method: 'POST',
  path: '/api/v1/cases/:id/distribution-plans/:planId/service',
  summary: 'Record, for one creditor or the debtor, when the plan and the notices reached them and whether they objected; the periods follow (arts. 509–510)',
  tags: ['funds'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: zPlanParams,
  body: z.strictObject({
    party: text(200),
    planServedOn: zCivilDate,
    objectionNoticeOn: zCivilDate.optional(),
    oppositionNoticeOn: zCivilDate.optional(),
    objected: z.boolean().default(false),
  }),
  response: { 200: zDistributionPlan },
});

export const listDistributionPlansRoute = defineRoute({
  operationId: 'listDistributionPlans',
  method: 'GET',
  path: '/api/v1/cases/:id/distribution-plans',
  summary: 'The case\'s distribution plans with each party\'s periods',
  tags: ['funds'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.object({ plans: z.array(zDistributionPlan) }) },
});
