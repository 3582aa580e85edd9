import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { bulkCheckRoute } from '@zhixing/contracts';
import { bulkCheck, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

/** A million identities of ~40 bytes: the upload limit of this route only (JSON stays at 1 MiB). */
export const BULK_BODY_LIMIT = 96 * 1024 * 1024;

export function bulkCheckRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  for (const type of ['text/csv', 'application/x-ndjson']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: BULK_BODY_LIMIT }, (_request, body, done) => done(null, body));
  }
  registerRoute(app, bulkCheckRoute, ({ agency, body, query, request, reply }) => {
    const format = String(request.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'ndjson';
    const lines = bulkCheck(ctx.database, app.credit, ctx.clock, agency, { text: body, format, scenario: query.scenario, requestId: request.id });
    void reply.header('content-type', 'application/x-ndjson; charset=utf-8');
    return Readable.from(lines);
  });
}
