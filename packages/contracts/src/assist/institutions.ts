/**
 * The registry of assisting institutions (协助执行单位) and their signing keys (ADR 0008): the
 * administrator registers each bank, registry or depository the courts send requests to, with what
 * it can carry out, how it is connected and how long it may take to answer; institutions' public
 * keys are registered, rotated and revoked here.
 */
import { z } from 'zod';
import { INSTITUTION_ACTS, INSTITUTION_CATEGORY_LIST, type InstitutionCategory } from '@zhixing/domain';
import { defineRoute, CASE_READER_ROLES } from '../route.js';
import { zIdParams, zUuid } from '../common.js';
import { SIGNATURE_ALGORITHMS } from './assist-protocol.js';

export const INSTITUTION_CONNECTIONS = ['push', 'pull', 'manual'] as const;

export const zInstitutionCategory = z.enum(INSTITUTION_CATEGORY_LIST as [InstitutionCategory, ...InstitutionCategory[]]);

export const zInstitutionKeyView = z.object({
  keyId: z.string(),
  alg: z.enum(SIGNATURE_ALGORITHMS),
  publicKey: z.string(),
  validFrom: z.iso.datetime(),
  validTo: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  revokedReason: z.string().nullable(),
});

export const zInstitutionView = z.object({
  id: zUuid,
  code: z.string().meta({ description: 'Its party name in the protocol is `institution:<code>`' }),
  name: z.string(),
  category: zInstitutionCategory,
  categoryLabel: z.string(),
  acts: z.array(z.enum(INSTITUTION_ACTS)),
  connection: z.enum(INSTITUTION_CONNECTIONS).meta({ description: 'push: the platform posts to `endpoint`; pull: the institution fetches its inbox; manual: not networked (传统查控), answered by form in the console' }),
  endpoint: z.string().nullable(),
  slaSeconds: z.number().int(),
  createdAt: z.iso.datetime(),
  retiredAt: z.iso.datetime().nullable(),
  deskKey: z.object({ prefix: z.string(), issuedAt: z.iso.datetime() }).nullable().meta({ description: 'Not networked: the desk key in use (its first characters, when issued); null when none was issued' }),
  keys: z.array(zInstitutionKeyView),
});
export type InstitutionView = z.infer<typeof zInstitutionView>;

const zInstitutionKeyInput = z.object({
  keyId: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,64}$/, { message: '密钥编号只能含字母、数字、点、下划线和连字符（1–64 位） / the key id may hold letters, digits, dot, underscore and hyphen (1–64)' }),
  alg: z.enum(SIGNATURE_ALGORITHMS),
  publicKey: z.string().trim().min(1).max(200).meta({ description: 'SM2: uncompressed hex 04‖x‖y; Ed25519: base64 of 32 bytes' }),
});

export const listInstitutionsRoute = defineRoute({
  operationId: 'listInstitutions',
  method: 'GET',
  path: '/api/v1/institutions',
  summary: 'The assisting institutions the courts can send inquiries and control orders to, with their keys',
  tags: ['institutions'],
  access: { roles: ['admin', ...CASE_READER_ROLES] },
  querystring: z.object({ category: zInstitutionCategory.optional(), includeRetired: z.stringbool().optional() }),
  response: { 200: z.object({ items: z.array(zInstitutionView) }) },
});

export const registerInstitutionRoute = defineRoute({
  operationId: 'registerInstitution',
  method: 'POST',
  path: '/api/v1/institutions',
  summary: 'Register an assisting institution, with what it can carry out, how it is connected, its answer time and its first public key',
  tags: ['institutions'],
  access: { roles: ['admin'] },
  body: z.object({
    code: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,64}$/, { message: '机构代码只能含字母、数字、点、下划线和连字符（1–64 位） / the code may hold letters, digits, dot, underscore and hyphen (1–64)' }),
    name: z.string().trim().min(2).max(200),
    category: zInstitutionCategory,
    acts: z.array(z.enum(INSTITUTION_ACTS)).min(1).max(INSTITUTION_ACTS.length).optional().meta({ description: 'Default: every act of its category' }),
    connection: z.enum(INSTITUTION_CONNECTIONS),
    endpoint: z.url({ protocol: /^https?$/ }).max(500).optional().meta({ description: 'push: where requests are posted' }),
    slaSeconds: z.number().int().min(1).max(30 * 24 * 3600).default(3600),
    key: zInstitutionKeyInput.optional().meta({ description: 'Its first signing key (needed before it can answer over the network)' }),
  }),
  response: { 201: zInstitutionView },
});

export const addInstitutionKeyRoute = defineRoute({
  operationId: 'addInstitutionKey',
  method: 'POST',
  path: '/api/v1/institutions/:id/keys',
  summary: 'Register a new signing key of an institution; its earlier open keys end where this one begins (rotation)',
  tags: ['institutions'],
  access: { roles: ['admin'] },
  params: zIdParams,
  body: zInstitutionKeyInput.extend({ validFrom: z.iso.datetime({ offset: true }).optional().meta({ description: 'Default: now' }) }),
  response: { 201: zInstitutionView },
});

export const revokeInstitutionKeyRoute = defineRoute({
  operationId: 'revokeInstitutionKey',
  method: 'POST',
  path: '/api/v1/institutions/:id/keys/:keyId/revoke',
  summary: 'Revoke a compromised key: nothing it signs is accepted from now on, whatever date a message claims',
  tags: ['institutions'],
  access: { roles: ['admin'] },
  params: z.object({ id: zUuid, keyId: z.string().min(1).max(64) }),
  body: z.object({ reason: z.string().trim().min(2).max(500) }),
  response: { 200: zInstitutionView },
});

export const getPlatformKeyRoute = defineRoute({
  operationId: 'getPlatformSigningKey',
  method: 'GET',
  path: '/api/v1/assist/platform-key',
  summary: 'The public key this installation signs its requests to institutions with: institutions register it for every court (ADR 0009)',
  tags: ['institutions'],
  access: { roles: ['admin'] },
  response: { 200: z.object({ keyId: z.string(), alg: z.enum(SIGNATURE_ALGORITHMS), publicKey: z.string(), courts: z.array(z.string()).meta({ description: 'The party names (`court:<id>`) it signs for' }) }) },
});
