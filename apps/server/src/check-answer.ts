/**
 * What the single check's two fast paths — on the connection (agency-check-front.ts) and on Node's
 * HTTP server (agency-check-listener.ts) — answer for an authenticated agency's body, so both answer
 * exactly as the Fastify route `POST /api/agency/v1/checks` does (ADR 0005, "The hot route").
 *
 * A fast path answers only a check that succeeds, or that the service refuses; everything the route
 * refuses before the service (a body it cannot read, a scenario outside the agency's registration,
 * the rate limit passed) is left to the route, uncounted, so the route counts it once and answers it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { appErrorFrom, checkSubject, serializeCheckResult, type AgencyPrincipal, type ServiceContext } from '@zhixing/services';
import { countWithinLimit } from './plugins/agency-auth.js';
import { errorBody } from './plugins/error-handler.js';
import { readCanonicalCheckRequest, readCheckRequest } from './read-check-request.js';

/** The media types the route reads as JSON (`application/json`, optionally `; charset=utf-8`); others are the route's to answer. */
export const CHECK_JSON_TYPE = /^application\/json\s*(?:;\s*charset=utf-8\s*)?$/i;

export interface CheckAnswerer {
  /**
   * The answer's JSON to a check the agency sent, counted against its rate limit; null, counting
   * nothing, when the route must answer instead. Throws what the service throws (a number whose
   * check character is wrong is found there, not by the schema): see `failure`.
   */
  answer(agency: AgencyPrincipal, text: string): string | null;
  /** An error thrown by `answer`, as the route's error handler answers it (plugins/error-handler.ts). */
  failure(headers: IncomingHttpHeaders, error: unknown): { status: number; body: string };
}

export function createCheckAnswerer(app: FastifyInstance, ctx: ServiceContext): CheckAnswerer {
  return {
    answer(agency, text) {
      const request = readCanonicalCheckRequest(text) ?? readCheckRequest(text);
      if (request === null || !agency.scenarios.has(request.scenario)) return null;
      if (!countWithinLimit(app.credit, agency, Date.now())) return null;
      return serializeCheckResult(checkSubject(app.credit, ctx.clock, agency, request, { requestId: randomUUID(), channel: 'single' }));
    },
    failure(headers, error) {
      const known = appErrorFrom(error);
      const context = { headers, id: randomUUID() };
      if (!known) app.log.error({ err: error, requestId: context.id }, 'unexpected error in the check fast path');
      const body = known ? errorBody(context, known.code, known.messageZh, known.messageEn, known.details) : errorBody(context, 'INTERNAL');
      return { status: known ? known.status : 500, body: JSON.stringify(body) };
    },
  };
}
