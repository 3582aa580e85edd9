import { z } from 'zod';
import { defineRoute } from '../route.js';

export const healthRoute = defineRoute({
  operationId: 'health',
  method: 'GET',
  path: '/api/health',
  summary: 'Liveness and which database the server uses',
  tags: ['meta'],
  access: 'public',
  response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), version: z.string() }) },
});
