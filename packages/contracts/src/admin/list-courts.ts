import { z } from 'zod';
import { defineRoute } from '../route.js';

export const zCourt = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.enum(['high', 'intermediate', 'basic']),
  parentId: z.string().nullable(),
});
export type Court = z.infer<typeof zCourt>;

export const listCourtsRoute = defineRoute({
  operationId: 'listCourts',
  method: 'GET',
  path: '/api/v1/courts',
  summary: 'The courts the caller may see (own court; every court for the intermediate court\'s supervisors)',
  tags: ['courts'],
  access: { roles: '*' },
  response: { 200: z.object({ items: z.array(zCourt) }) },
});
