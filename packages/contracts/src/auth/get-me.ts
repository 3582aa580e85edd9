import { defineRoute } from '../route.js';
import { zMe } from './login.js';

export const getMeRoute = defineRoute({
  operationId: 'getMe',
  method: 'GET',
  path: '/api/v1/auth/me',
  summary: 'The logged-in user, their court, and the CSRF token of the session',
  tags: ['auth'],
  access: { roles: '*' },
  response: { 200: zMe },
});
