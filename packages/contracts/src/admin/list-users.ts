import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zRole, zUuid } from '../common.js';

export const zUserView = z.object({ id: zUuid, username: z.string(), displayName: z.string(), role: zRole, courtId: z.string(), disabled: z.boolean() });
export type UserView = z.infer<typeof zUserView>;

export const listUsersRoute = defineRoute({
  operationId: 'listUsers',
  method: 'GET',
  path: '/api/v1/users',
  summary: 'Staff of the courts the caller may see (e.g. to choose a handler)',
  tags: ['users'],
  access: { roles: '*' },
  querystring: z.object({ courtId: z.string().max(40).optional(), role: zRole.optional() }),
  response: { 200: z.object({ items: z.array(zUserView) }) },
});
