import { z } from 'zod';
import { defineRoute } from '../route.js';

export const zChainReport = z.object({
  courtId: z.string(),
  events: z.number().int(),
  valid: z.boolean(),
  firstBroken: z
    .object({ seq: z.number().int(), eventId: z.number().int(), reason: z.enum(['hashMismatch', 'prevHashMismatch', 'gap', 'headMismatch']) })
    .nullable(),
  headHash: z.string().nullable(),
});
export type ChainReport = z.infer<typeof zChainReport>;

export const verifyAuditChainRoute = defineRoute({
  operationId: 'verifyAuditChain',
  method: 'GET',
  path: '/api/v1/audit/verify',
  summary: 'Verify the SM3 hash chain of a court\'s events and name the first broken link',
  tags: ['audit'],
  access: { roles: ['admin', 'bureau_chief', 'president', 'city_supervisor'] },
  querystring: z.object({ courtId: z.string().max(40).optional() }),
  response: { 200: z.object({ reports: z.array(zChainReport) }) },
});
