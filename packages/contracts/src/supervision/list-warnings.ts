import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate, zUuid } from '../common.js';

/**
 * Passive-enforcement warnings, overdue credit removals (失信规定 arts. 9–10: 3 working days) and
 * correction requests not reviewed within 15 days (art. 12).
 */
export const WARNING_KINDS = ['overdueNode', 'idleCase', 'creditRemovalOverdue', 'creditCorrectionOverdue', 'networkRequestUnanswered', 'controlExpiring', 'disbursementOverdue', 'assistReplyRejected'] as const;

export const zWarning = z.object({
  id: zUuid,
  courtId: z.string(),
  courtName: z.string(),
  caseId: zUuid,
  caseNumber: z.string(),
  handlerName: z.string().nullable(),
  kind: z.enum(WARNING_KINDS),
  node: z.string(),
  dueDate: zCivilDate.nullable(),
  days: z.number().int(),
  messageZh: z.string(),
  messageEn: z.string(),
  detectedOn: zCivilDate,
});
export type Warning = z.infer<typeof zWarning>;

export const listWarningsRoute = defineRoute({
  operationId: 'listWarnings',
  method: 'GET',
  path: '/api/v1/supervision/warnings',
  summary: 'Open 消极执行 (passive enforcement) warnings: overdue nodes and idle cases',
  tags: ['supervision'],
  access: { roles: ['bureau_chief', 'president', 'city_supervisor'] },
  querystring: z.object({ courtId: z.string().max(40).optional(), kind: z.enum(WARNING_KINDS).optional() }),
  response: { 200: z.object({ items: z.array(zWarning), byCourt: z.array(z.object({ courtId: z.string(), courtName: z.string(), count: z.number().int() })) }) },
});
