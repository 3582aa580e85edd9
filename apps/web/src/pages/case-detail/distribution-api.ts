import type { listDistributionPlansRoute, makeDistributionPlanRoute, recordPlanServiceRoute } from '@zhixing/contracts';
import { request } from '../../api/client.js';
import { controlApi } from './control-api.js';
import type { Body, Reply } from '../../api/contract-types.js';

/**
 * Typed calls of the distribution routes (参与分配, 财产分配方案), made the way funds-api.ts makes
 * its calls: types from the contracts' zod schemas without bundling zod, paths typed as the
 * contracts' literal paths so a changed contract fails the type check here.
 */
const PATHS = {
  plans: '/api/v1/cases/:id/distribution-plans',
  service: '/api/v1/cases/:id/distribution-plans/:planId/service',
} as const satisfies {
  plans: (typeof makeDistributionPlanRoute | typeof listDistributionPlansRoute)['path'];
  service: (typeof recordPlanServiceRoute)['path'];
};

export type PlansReply = Reply<typeof listDistributionPlansRoute>;
export type DistributionPlan = Reply<typeof makeDistributionPlanRoute, 201>;
export type PlanLine = DistributionPlan['lines'][number];
export type PlanParty = DistributionPlan['parties'][number];
export type PlanBody = Body<typeof makeDistributionPlanRoute>;
export type PlanClaimBody = PlanBody['claims'][number];
export type PlanServiceBody = Body<typeof recordPlanServiceRoute>;

export const distributionApi = {
  list: (caseId: string) => request<PlansReply>('GET', PATHS.plans, { params: { id: caseId } }),
  make: (caseId: string, body: PlanBody) => request<DistributionPlan>('POST', PATHS.plans, { params: { id: caseId }, body }),
  recordService: (caseId: string, planId: string, body: PlanServiceBody) => request<Reply<typeof recordPlanServiceRoute>>('POST', PATHS.service, { params: { id: caseId, planId }, body }),
  /** The plan's document (财产分配方案 .docx), stored among the case's documents. */
  documentUrl: (caseId: string, documentId: string) => controlApi.documentUrl(caseId, documentId),
};
