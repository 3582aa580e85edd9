import { defineRoute } from '../route.js';
import { zOk } from '../common.js';

export const logoutRoute = defineRoute({
  operationId: 'logout',
  method: 'POST',
  path: '/api/v1/auth/logout',
  summary: 'End the current session',
  tags: ['auth'],
  access: { roles: '*' },
  response: { 200: zOk },
});
