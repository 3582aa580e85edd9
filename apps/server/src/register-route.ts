/**
 * Registers one route from its contract: the zod schemas validate input and output and feed the
 * OpenAPI document; the contract's `access` is enforced before the handler runs (fail closed),
 * and the handler calls exactly one service (style-by-example §1).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { zErrorBody, type AgencyScope, type RouteContract } from '@zhixing/contracts';
import type { Actor, AgencyPrincipal, PartyPrincipal } from '@zhixing/services';
import { authenticateAgency } from './plugins/agency-auth.js';
import { requireParty } from './plugins/party-auth.js';
import type { z } from 'zod';
import { sendError } from './plugins/error-handler.js';

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface RouteInput<C extends RouteContract> {
  body: Infer<C['body']>;
  query: Infer<C['querystring']>;
  params: Infer<C['params']>;
  actor: C['access'] extends 'public' ? Actor | null : C['access'] extends { agencyScope: string } | 'party' ? null : Actor;
  /** The verified party, on the portal's party routes. */
  party: C['access'] extends 'party' ? PartyPrincipal : null;
  /** The calling agency, on `/api/agency/v1` routes. */
  agency: C['access'] extends { agencyScope: string } ? AgencyPrincipal : null;
  request: FastifyRequest;
  reply: FastifyReply;
}

type SuccessStatus<C extends RouteContract> = Extract<keyof C['response'], number>;
type SuccessBody<C extends RouteContract> = z.infer<C['response'][SuccessStatus<C>] & z.ZodType>;

const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 423, 429, 500] as const;

export function registerRoute<C extends RouteContract>(
  app: FastifyInstance,
  contract: C,
  handler: (input: RouteInput<C>) => Promise<SuccessBody<C>> | SuccessBody<C>,
  options: {
    rateLimit?: { max: number; timeWindow: string };
    /** A body limit of its own (the app's is 1 MiB), e.g. a form with attachments. */
    bodyLimit?: number;
    /**
     * The handler's answer is built by our own code from typed values: skip re-validating it
     * against the response schema on the way out (the hot check route; the schema still documents
     * and types it, and the tests check the shape). A function is the route's own serializer.
     */
    trustedOutput?: boolean | ((body: SuccessBody<C>) => string | Buffer);
  } = {},
): void {
  const successStatus = Number(Object.keys(contract.response)[0]);
  const response: Record<number, z.ZodType> = { ...contract.response };
  for (const s of ERROR_STATUSES) response[s] = zErrorBody;
  app.withTypeProvider<ZodTypeProvider>().route({
    method: contract.method,
    url: contract.path,
    ...(options.rateLimit ? { config: { rateLimit: options.rateLimit } } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    // (errors on such a route are still written by JSON.stringify: the route's own serializer knows
    // one shape). A serializer may give bytes: Fastify sends a Buffer payload as it is (reply.js
    // onSendEnd takes a string or a Buffer), though its types promise a string.
    ...(options.trustedOutput
      ? {
          serializerCompiler: ({ httpStatus }: { httpStatus?: string }) =>
            (typeof options.trustedOutput === 'function' && httpStatus === String(successStatus) ? options.trustedOutput : (data: unknown) => JSON.stringify(data)) as unknown as (data: unknown) => string,
        }
      : {}),
    schema: {
      operationId: contract.operationId,
      summary: contract.summary,
      ...(contract.description ? { description: contract.description } : {}),
      tags: [...contract.tags],
      ...(contract.params ? { params: contract.params } : {}),
      ...(contract.querystring ? { querystring: contract.querystring } : {}),
      ...(contract.body ? { body: contract.body } : {}),
      ...(contract.consumes ? { consumes: [...contract.consumes] } : {}),
      response,
      security: contract.access === 'public' ? [] : contract.access === 'party' ? [{ partySession: [] }] : 'agencyScope' in contract.access ? [{ agencyKey: [] }] : [{ session: [] }],
    },
    // Agencies are authenticated before the body is read, so an unknown caller cannot make the
    // server take a large upload (bulk files may be tens of megabytes).
    ...(typeof contract.access === 'object' && 'agencyScope' in contract.access
      ? { onRequest: (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => authenticateAgency(request, reply, (contract.access as { agencyScope: AgencyScope }).agencyScope, done) }
      : {}),
    // Staff routes: session, role and CSRF token (public and agency routes have no such hook, and
    // so no promise per request on the hot check route).
    ...(typeof contract.access === 'object' && 'roles' in contract.access
      ? {
          preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
            const identity = request.identity;
            if (!identity) return sendError(request, reply, 'UNAUTHENTICATED');
            const roles = (contract.access as { roles: readonly string[] | '*' }).roles;
            if (roles !== '*' && !roles.includes(identity.actor.role)) {
              return sendError(request, reply, 'FORBIDDEN', undefined, undefined, { requiredRoles: roles });
            }
            if (contract.method !== 'GET' && request.headers['x-csrf-token'] !== identity.me.csrfToken) {
              return sendError(request, reply, 'CSRF_TOKEN_INVALID');
            }
          },
        }
      : {}),
    ...(contract.access === 'party' ? { preValidation: requireParty } : {}),
    // A handler that answers at once (the check route) is sent at once: no promise and no microtask
    // turn per request on the hot path (ADR 0005). A thrown error reaches the error handler either way.
    handler: (request, reply) => {
      const result = handler({
        body: request.body as Infer<C['body']>,
        query: request.query as Infer<C['querystring']>,
        params: request.params as Infer<C['params']>,
        actor: (request.identity?.actor ?? null) as RouteInput<C>['actor'],
        agency: (request.agency ?? null) as RouteInput<C>['agency'],
        party: (request.party ?? null) as RouteInput<C>['party'],
        request,
        reply,
      });
      if (result instanceof Promise) return result.then((r) => reply.code(successStatus).send(r));
      void reply.code(successStatus).send(result);
      return undefined;
    },
  });
}
