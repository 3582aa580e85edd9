import { z } from 'zod';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zIdParams, zRole, zUuid } from '../common.js';

export const zCaseEvent = z.object({
  seq: z.number().int(),
  occurredAt: z.string().meta({ description: 'ISO 8601 instant' }),
  actor: z.object({ id: zUuid.nullable(), displayName: z.string().nullable(), role: z.union([zRole, z.literal('system')]) }),
  action: z.string(),
  summaryZh: z.string().nullable(),
  summaryEn: z.string().nullable(),
  legalBasis: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
});
export type CaseEvent = z.infer<typeof zCaseEvent>;

export const listCaseEventsRoute = defineRoute({
  operationId: 'listCaseEvents',
  method: 'GET',
  path: '/api/v1/cases/:id/events',
  summary: 'The hash-chained history of a case, oldest first (全程留痕)',
  tags: ['cases'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.object({ items: z.array(zCaseEvent) }) },
});
