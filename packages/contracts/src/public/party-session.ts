import { z } from 'zod';
import { defineRoute } from '../route.js';

export const zOpenPartySessionRequest = z
  .object({
    caseNumber: z.string().trim().min(6).max(60).meta({ example: '（2026）辽0211执1号' }),
    /** The party's own resident ID number, or an organisation's unified social credit code. */
    idNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{15,18}$/, { message: '证件号码应为15至18位数字或字母 / the ID number must be 15–18 digits or letters' }),
    queryCode: z.string().trim().min(1).max(20).meta({ description: 'The query code on the filing notice; case, spaces and hyphens do not matter', example: 'K7QM-3XWP-9HDT' }),
  })
  .meta({ id: 'OpenPartySessionRequest' });
export type OpenPartySessionRequest = z.infer<typeof zOpenPartySessionRequest>;

export const zPartySession = z
  .object({
    /** `Authorization: Bearer zxp_…` for the party's routes; 30 minutes. */
    token: z.string(),
    expiresAt: z.iso.datetime({ offset: true }),
    caseNumber: z.string(),
    party: z.object({ name: z.string(), role: z.enum(['applicant', 'debtor']) }),
  })
  .meta({ id: 'PartySession' });
export type PartySession = z.infer<typeof zPartySession>;

export const openPartySessionRoute = defineRoute({
  operationId: 'openPartySession',
  method: 'POST',
  path: '/api/public/v1/party-sessions',
  summary: 'A party (applicant or debtor) opens their case on the portal: case number + own ID number + query code',
  description: 'Three wrong codes lock the case\'s party access for 30 minutes (423 PORTAL_ACCESS_LOCKED). Every access and every lock is a case event.',
  tags: ['public'],
  access: 'public',
  body: zOpenPartySessionRequest,
  response: { 201: zPartySession },
});

export const closePartySessionRoute = defineRoute({
  operationId: 'closePartySession',
  method: 'DELETE',
  path: '/api/public/v1/party-sessions/current',
  summary: 'The party logs out: the token stops working',
  tags: ['public'],
  access: 'party',
  response: { 200: z.object({ ended: z.literal(true) }) },
});
