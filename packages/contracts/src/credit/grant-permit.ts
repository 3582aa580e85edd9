import { z } from 'zod';
import { PERMISSION_REASONS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate, zIdParams } from '../common.js';
import { zScenario } from '../agency/agency-schemas.js';

export const grantPermitRoute = defineRoute({
  operationId: 'grantPermit',
  method: 'POST',
  path: '/api/v1/credit-decisions/:id/permits',
  summary: 'Permit a restricted person one specific necessary consumption in advance (限高规定 art. 8); checks for it answer allow in the window',
  tags: ['credit'],
  access: { roles: ['judge', 'officer', 'president'] },
  params: zIdParams,
  body: z.object({
    subjectId: z.number().int().positive().meta({ description: 'The restricted subject (credit subject id)' }),
    reason: z.enum(PERMISSION_REASONS),
    description: z.string().trim().max(1000).nullable().default(null),
    scenarios: z.array(zScenario).min(1).max(12),
    from: zCivilDate,
    to: zCivilDate,
  }),
  response: { 201: z.object({ permitId: z.number().int(), scenarios: z.array(zScenario), from: zCivilDate, to: zCivilDate, legalBasis: z.string() }) },
});
