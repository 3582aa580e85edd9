import { z } from 'zod';
import { defineRoute } from '../route.js';

export const getRangeKeyRoute = defineRoute({
  operationId: 'getRangeKey',
  method: 'GET',
  path: '/api/agency/v1/range-key',
  summary: 'The key for the privacy-preserving check: compute HMAC-SHA256(key, 18-character ID number in upper case) as lower-case hex',
  tags: ['agency'],
  access: { agencyScope: 'range' },
  response: { 200: z.object({ algorithm: z.literal('HMAC-SHA256'), key: z.string(), prefixLength: z.number().int(), suffixLength: z.number().int() }) },
});
