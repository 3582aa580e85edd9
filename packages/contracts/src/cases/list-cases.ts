import { z } from 'zod';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zCaseStage, zCaseType, zCivilDate, zPage, zUuid } from '../common.js';

export const zListCasesQuery = zPage.extend({
  courtId: z.string().max(40).optional(),
  stage: zCaseStage.optional(),
  handlerId: zUuid.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  open: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(100).optional().meta({ description: 'Case number (or part of it) or party name' }),
  sort: z.enum(['dueDate', 'filedOn', 'caseNumber']).default('dueDate'),
  order: z.enum(['asc', 'desc']).optional().meta({ description: 'Default: ascending for dueDate, descending (newest first) for filedOn and caseNumber' }),
});
export type ListCasesQuery = z.infer<typeof zListCasesQuery>;

export const zCaseSummary = z.object({
  id: zUuid,
  caseNumber: z.string(),
  courtId: z.string(),
  courtName: z.string(),
  courtNameEn: z.string(),
  caseType: zCaseType,
  stage: zCaseStage,
  cause: z.string(),
  applicantNames: z.string(),
  debtorNames: z.string(),
  handlerName: z.string().nullable(),
  filedOn: zCivilDate,
  nextDueDate: zCivilDate.nullable(),
  overdue: z.boolean(),
  suspended: z.boolean(),
  suspension: z.enum(['stay', 'deferral']).nullable(),
  claimTotal: z.string(),
});
export type CaseSummary = z.infer<typeof zCaseSummary>;

export const zCaseList = z.object({ items: z.array(zCaseSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type CaseList = z.infer<typeof zCaseList>;

export const listCasesRoute = defineRoute({
  operationId: 'listCases',
  method: 'GET',
  path: '/api/v1/cases',
  summary: 'Cases of the courts the caller may see, filtered, searched and sorted by next due date',
  tags: ['cases'],
  access: { roles: CASE_READER_ROLES },
  querystring: zListCasesQuery,
  response: { 200: zCaseList },
});
