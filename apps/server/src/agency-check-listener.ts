/**
 * The single credit check (`POST /api/agency/v1/checks`) answered on Node's HTTP server itself,
 * before Fastify routes the request (ADR 0005, "The hot route": the single check has a listener of its own),
 * for the checks that the check's front on the connection (agency-check-front.ts) hands to Node.
 *
 * Agencies call this before every ticket, appointment or subsidy, so its cost per request is the
 * platform's capacity. Fastify's lifecycle (routing, request and reply objects, content-type parser,
 * validation pipeline, serializer, hooks, request log lines) costs more than the check itself. This
 * listener does only what the route does: the same key lookup, scope and per-agency rate limit
 * (plugins/agency-auth.ts), the same zod schema (after a fast path for the documented body shape
 * that reads only what the schema would take unchanged: read-check-request.ts), the same service
 * (`checkSubject`) and the same serializer. It answers a request only when every step succeeds.
 * Everything else reaches the Fastify route, which stays the one source of every refusal and error answer:
 * - a request it does not take (other method or path, a query string, another media type, no or a
 *   large `Content-Length`, an unknown key, a missing scope, the app closing) is handed over untouched;
 * - a request whose body it has read and found wanting (bad JSON, a field the schema refuses, a
 *   scenario the agency may not check, a prototype key, the rate limit passed) is replayed through
 *   `app.inject` with the same headers and body, and Fastify's answer is sent as it is;
 * - an error the service throws (a number with a wrong check character) is answered in the shape
 *   the route's error handler gives it (plugins/error-handler.ts).
 * So an agency gets the same answer either way; `agency-check-listener.int.test.ts` compares the two
 * request by request.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { checkCreditRoute } from '@zhixing/contracts';
import type { AgencyPrincipal } from '@zhixing/services';
import { findAgency } from './plugins/agency-auth.js';
import { CHECK_JSON_TYPE, type CheckAnswerer } from './check-answer.js';
import { MAX_CHECK_BODY_BYTES } from './read-check-message.js';

/** Headers of an injected answer that belong to that fake connection, not to this one. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

/** How the listener dealt with requests, for tests and operators. */
export interface CheckListenerCounts {
  /** Checks answered by the listener itself. */
  answered: number;
  /** Refused by the listener with the route's error answer: a number the service finds malformed, or an unexpected failure. */
  refused: number;
  /** Handed over to Fastify untouched. */
  handedOver: number;
  /** Read, found wanting, and replayed through Fastify. */
  replayed: number;
}

export interface CheckListener {
  /** Answers the request and returns true, or returns false and leaves it to Fastify untouched. */
  take(req: IncomingMessage, res: ServerResponse): boolean;
  readonly counts: CheckListenerCounts;
}

export function createCheckListener(app: FastifyInstance, answerer: CheckAnswerer): CheckListener {
  const counts: CheckListenerCounts = { answered: 0, refused: 0, handedOver: 0, replayed: 0 };
  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });

  /**
   * An error thrown by the service (a number whose check character or date is wrong is found there,
   * not by the schema) or an unexpected failure: the answer the route's error handler would give.
   */
  const sendFailure = (req: IncomingMessage, res: ServerResponse, error: unknown): void => {
    if (res.headersSent) return void res.destroy();
    counts.refused += 1;
    const { status, body } = answerer.failure(req.headers, error);
    sendJson(res, status, body);
  };

  const replay = (req: IncomingMessage, res: ServerResponse, payload: string): void => {
    counts.replayed += 1;
    app
      .inject({ method: 'POST', url: req.url!, headers: req.headers, payload, remoteAddress: req.socket.remoteAddress ?? '127.0.0.1' })
      .then((answer) => {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = typeof value === 'number' ? String(value) : value;
        }
        res.writeHead(answer.statusCode, headers).end(answer.rawPayload);
      })
      .catch((error: unknown) => sendFailure(req, res, error));
  };

  const answer = (req: IncomingMessage, res: ServerResponse, agency: AgencyPrincipal, text: string): void => {
    const body = answerer.answer(agency, text);
    if (body === null) return replay(req, res, text);
    counts.answered += 1;
    sendJson(res, 200, body);
  };

  return {
    counts,
    take(req, res) {
      const length = Number(req.headers['content-length']);
      const type = req.headers['content-type'];
      if (
        req.method !== 'POST' ||
        req.url !== checkCreditRoute.path ||
        closing ||
        !(length > 0 && length <= MAX_CHECK_BODY_BYTES) ||
        req.headers['transfer-encoding'] !== undefined ||
        typeof type !== 'string' ||
        !CHECK_JSON_TYPE.test(type)
      ) {
        counts.handedOver += 1;
        return false;
      }
      // (looked up once, before the body is read, as the route's onRequest hook does)
      const agency = findAgency(app.credit, req.headers.authorization, checkCreditRoute.access.agencyScope);
      if ('code' in agency) {
        counts.handedOver += 1;
        return false;
      }
      // A check's body is one chunk; decoded once, whole, so a character split between chunks is whole too.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        try {
          answer(req, res, agency, (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8'));
        } catch (error) {
          sendFailure(req, res, error);
        }
      });
      req.on('error', () => res.destroy());
      return true;
    },
  };
}

/** A JSON answer with the headers Fastify gives one (its date and keep-alive come from Node). */
function sendJson(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
}
