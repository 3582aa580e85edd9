import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate, zYuan } from '../common.js';
import { zPublicListQuery } from './search-dishonest-list.js';

export const searchTerminatedCasesRoute = defineRoute({
  operationId: 'searchTerminatedCases',
  method: 'GET',
  path: '/api/public/v1/terminated-cases',
  summary: 'Published 终本 cases (termination of this enforcement procedure): a debtor by exact name plus part of the ID number, or by credit code; masked, at most 20 rows',
  description: 'A case resumed or performed is no longer a 终本 case and disappears from the search at once (终本规定 art. 18).',
  tags: ['public'],
  access: 'public',
  querystring: zPublicListQuery,
  response: {
    200: z
      .object({
        items: z.array(
          z.object({
            name: z.string(),
            kind: z.enum(['person', 'organisation']),
            idMasked: z.string(),
            legalRepresentative: z.string().nullable(),
            courtName: z.string(),
            caseNumber: z.string(),
            basisDocumentNumber: z.string(),
            filedOn: zCivilDate,
            terminatedOn: zCivilDate,
            claimTotal: zYuan,
            /** What is still owed: the claim less the money received on the case. */
            outstanding: zYuan,
          }),
        ),
      })
      .meta({ id: 'TerminatedCases' }),
  },
});
