import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zRole, zUuid } from '../common.js';

export const zMe = z
  .object({
    id: zUuid,
    username: z.string(),
    displayName: z.string(),
    role: zRole,
    court: z.object({ id: z.string(), code: z.string(), name: z.string(), nameEn: z.string(), level: z.enum(['high', 'intermediate', 'basic']) }),
    csrfToken: z.string().meta({ description: 'Send as the `x-csrf-token` header on every state-changing request' }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof zMe>;

export const zLoginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof zLoginRequest>;

export const loginRoute = defineRoute({
  operationId: 'login',
  method: 'POST',
  path: '/api/v1/auth/login',
  summary: 'Log in with username and password; sets the httpOnly session cookie',
  tags: ['auth'],
  access: 'public',
  body: zLoginRequest,
  response: { 200: zMe },
});
