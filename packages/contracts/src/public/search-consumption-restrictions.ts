import { z } from 'zod';
import { SUBJECT_ROLES } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate } from '../common.js';
import { zPublicListQuery } from './search-dishonest-list.js';

export const searchConsumptionRestrictionsRoute = defineRoute({
  operationId: 'searchConsumptionRestrictions',
  method: 'GET',
  path: '/api/public/v1/consumption-restrictions',
  summary: 'Public search of consumption-restricted persons (限制消费令): the debtor, or a person the order binds for an organisation debtor; masked, at most 20 rows',
  tags: ['public'],
  access: 'public',
  querystring: zPublicListQuery,
  response: {
    200: z.object({
      items: z.array(
        z.object({
          name: z.string(),
          kind: z.enum(['person', 'organisation']),
          idMasked: z.string(),
          role: z.enum(SUBJECT_ROLES),
          roleLabel: z.string(),
          debtorName: z.string(),
          courtName: z.string(),
          caseNumber: z.string(),
          publishedOn: zCivilDate,
        }),
      ),
    }),
  },
});
