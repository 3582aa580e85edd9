import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate } from '../common.js';

export const zFeedCursor = z
  .string()
  .max(40)
  .regex(/^c[0-9]{1,15}$/, { message: '游标无效 / invalid cursor' })
  .meta({ description: 'Opaque cursor from a previous page (`nextCursor`); omit to start at the beginning' });

export const readChangeFeedRoute = defineRoute({
  operationId: 'readChangeFeed',
  method: 'GET',
  path: '/api/agency/v1/changes',
  summary: 'Cursor-paged stream of additions and removals of the measures relevant to the agency\'s scenarios, to keep a full local copy',
  tags: ['agency'],
  access: { agencyScope: 'feed' },
  querystring: z.object({ cursor: zFeedCursor.optional(), limit: z.coerce.number().int().min(1).max(5000).default(1000) }),
  response: {
    200: z.object({
      items: z.array(
        z.object({
          seq: z.number().int(),
          op: z.enum(['add', 'remove', 'permit', 'revokePermit', 'alias', 'unalias']),
          occurredAt: z.iso.datetime(),
          measureId: z.number().int().nullable(),
          subjectKind: z.enum(['person', 'organisation']).nullable(),
          subjectId: z.string().nullable(),
          name: z.string().nullable(),
          kind: z.string().nullable(),
          role: z.string().nullable(),
          caseNumber: z.string().nullable(),
          courtId: z.string().nullable(),
          since: zCivilDate.nullable(),
          boundTo: z.string().nullable(),
          detail: z.record(z.string(), z.unknown()).nullable(),
        }),
      ),
      nextCursor: z.string(),
      hasMore: z.boolean(),
    }),
  },
});
