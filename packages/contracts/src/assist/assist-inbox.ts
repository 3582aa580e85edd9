/**
 * The pull transport (ADR 0009 step 3): an institution that cannot receive pushes fetches its
 * inbox of signed requests and posts its signed replies to the reply endpoint as push institutions do.
 */
import { z } from 'zod';
import { defineRoute } from '../route.js';

export const fetchAssistInboxRoute = defineRoute({
  operationId: 'fetchAssistInbox',
  method: 'GET',
  path: '/api/agency/v1/assist/inbox',
  summary: 'A pull institution fetches the requests addressed to it that it has not answered (at most `limit`, oldest first)',
  description:
    'Signed-call authentication: headers `x-zx-institution` (its code), `x-zx-key-id`, `x-zx-timestamp` (ISO 8601, within 5 minutes) and `x-zx-signature` (base64 signature, with that registered key, of the UTF-8 bytes `zx-assist/1 inbox\\n<code>\\n<timestamp>`). Requests are returned until answered; each carries its idempotency key, so fetching one twice is harmless. 401 `INSTITUTION_AUTH_INVALID` otherwise.',
  tags: ['network inquiry'],
  access: 'public',
  querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
  response: { 200: z.object({ requests: z.array(z.unknown().meta({ description: 'A signed request envelope (docs/assist-protocol.md)' })) }) },
});
