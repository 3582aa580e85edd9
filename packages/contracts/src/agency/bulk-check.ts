import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zScenario } from './agency-schemas.js';

export const BULK_MAX_ROWS = 1_000_000;

export const bulkCheckRoute = defineRoute({
  operationId: 'bulkCheck',
  method: 'POST',
  path: '/api/agency/v1/bulk-checks',
  summary: 'Compare up to 1,000,000 identities at once (CSV or NDJSON); the answer streams back as NDJSON with progress lines',
  description: [
    'CSV (`Content-Type: text/csv`): a header line `kind,id,name` (name optional), then one identity per line; `kind` is `person` or `organisation`.',
    'NDJSON (`Content-Type: application/x-ndjson`): one check request per line, as for `POST /api/agency/v1/checks` without `scenario` (or with it, to override the file\'s scenario).',
    'The answer is NDJSON: `{"type":"result","row":n,"decision":…}` per identity with the decision a single check gives (for deny / review also `reasons`, masked `subject`, `measures`, `nameMatches`, `permitId`), `{"type":"error","row":n,...}` for a bad row (the rest is processed),',
    '`{"type":"progress","processed":n,"total":N}` every 50,000 rows and a final `{"type":"summary",...}`.',
  ].join(' '),
  tags: ['agency'],
  access: { agencyScope: 'bulk' },
  consumes: ['text/csv', 'application/x-ndjson'],
  querystring: z.object({ scenario: zScenario }),
  body: z.string().meta({ description: 'CSV or NDJSON text' }),
  response: { 200: z.any().meta({ description: 'application/x-ndjson stream of result, error, progress and summary lines' }) },
});
