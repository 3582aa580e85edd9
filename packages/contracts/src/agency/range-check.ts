import { z } from 'zod';
import { MEASURE_KINDS } from '@zhixing/domain';
import { defineRoute } from '../route.js';

export const rangeCheckRoute = defineRoute({
  operationId: 'rangeCheck',
  method: 'GET',
  path: '/api/agency/v1/range/:prefix',
  summary: 'Privacy-preserving check (k-anonymity): send the first 5 hex characters of HMAC-SHA256(rangeKey, ID), receive every listed suffix in that bucket',
  tags: ['agency'],
  access: { agencyScope: 'range' },
  params: z.object({ prefix: z.string().regex(/^[0-9a-f]{5}$/, { message: '须为5位小写十六进制 / must be 5 lower-case hex characters' }) }),
  response: {
    200: z.object({
      prefix: z.string(),
      current: z.boolean().meta({ description: 'false: this server cannot confirm its copy is current — treat a miss as `review`, not `allow`' }),
      suffixes: z.array(z.object({ suffix: z.string().meta({ description: 'hex characters 6–16 of the keyed hash' }), kinds: z.array(z.enum(MEASURE_KINDS)) })),
    }),
  },
});
