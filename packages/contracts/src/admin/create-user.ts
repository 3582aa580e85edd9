import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zRole } from '../common.js';
import { zUserView } from './list-users.js';

export const zCreateUserRequest = z.object({
  username: z.string().trim().regex(/^[a-z][a-z0-9_.-]{2,31}$/, '用户名为 3–32 位小写字母、数字、_.- / username: 3–32 lowercase letters, digits, _ . -'),
  displayName: z.string().trim().min(1).max(50),
  password: z.string().min(10, '密码至少 10 位 / password needs at least 10 characters').max(256),
  role: zRole,
  courtId: z.string().max(40),
});
export type CreateUserRequest = z.infer<typeof zCreateUserRequest>;

export const createUserRoute = defineRoute({
  operationId: 'createUser',
  method: 'POST',
  path: '/api/v1/users',
  summary: 'Create a staff account (system administrator only)',
  tags: ['users'],
  access: { roles: ['admin'] },
  body: zCreateUserRequest,
  response: { 201: zUserView },
});
