import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';

export const API_TOKEN_SCOPES = ['agency:check', 'institution:inquiry', 'reports:read'] as const;

export const createApiTokenRoute = defineRoute({
  operationId: 'createApiToken',
  method: 'POST',
  path: '/api/v1/api-tokens',
  summary: 'Issue a machine API token (shown once; stored only as a hash)',
  tags: ['users'],
  access: { roles: ['admin'] },
  body: z.object({ name: z.string().trim().min(1).max(100), scopes: z.array(z.enum(API_TOKEN_SCOPES)).min(1), courtId: z.string().max(40).optional() }),
  response: { 201: z.object({ id: zUuid, name: z.string(), token: z.string(), scopes: z.array(z.string()) }) },
});
