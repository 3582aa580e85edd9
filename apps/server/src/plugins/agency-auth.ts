/**
 * Who is asking on `/api/agency/v1`: `Authorization: Bearer zxa_…`, the key's SHA-256 looked up in
 * the credit runtime's in-memory agency book (no database query per check), the scope checked, and
 * a per-agency fixed-window rate limit applied (issue 3: authenticated per agency, rate-limited).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { AgencyScope } from '@zhixing/contracts';
import { secretHash, type AgencyPrincipal, type CreditRuntime } from '@zhixing/services';
import { sendError } from './error-handler.js';

declare module 'fastify' {
  interface FastifyRequest {
    agency: AgencyPrincipal | null;
  }
  interface FastifyInstance {
    credit: CreditRuntime;
  }
}

const WINDOW_MS = 60_000;
// Keyed by the app's credit runtime, which every context of the app shares (a route's
// `request.server` is its own encapsulated context, not the root instance).
const windows = new WeakMap<CreditRuntime, Map<string, { start: number; count: number }>>();

/**
 * SHA-256 of recently presented keys, so the hot path does not hash every request; bounded, and
 * only a hash is cached (whether the key is valid is decided by the agency book each time, so a
 * revocation still takes effect at once).
 */
const hashes = new Map<string, string>();
const HASH_CACHE_MAX = 1000;
function keyHash(key: string): string {
  let h = hashes.get(key);
  if (h === undefined) {
    if (hashes.size >= HASH_CACHE_MAX) hashes.clear();
    h = secretHash(key);
    hashes.set(key, h);
  }
  return h;
}

export function registerAgencyAuth(app: FastifyInstance, runtime: CreditRuntime): void {
  app.decorate('credit', runtime);
  app.decorateRequest('agency', null);
  windows.set(runtime, new Map());
}

/** Why a caller is turned away before its request is read, with the details its error names. */
export type AgencyRefusal = { code: 'AGENCY_KEY_INVALID' } | { code: 'AGENCY_SCOPE_MISSING'; details: { scope: AgencyScope } };

/**
 * The agency presenting this `Authorization` header, if its key is valid and holds the scope.
 * Counts nothing: the check's fast paths (agency-check-front.ts, agency-check-listener.ts) look first
 * and count only the requests they answer, so a request they leave to Fastify is counted once.
 */
export function findAgency(runtime: CreditRuntime, header: string | string[] | undefined, scope: AgencyScope): AgencyPrincipal | AgencyRefusal {
  const key = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  const agency = key.startsWith('zxa_') && key.length < 200 ? runtime.agencies.byKeyHash(keyHash(key)) : null;
  if (!agency) return { code: 'AGENCY_KEY_INVALID' };
  if (!agency.scopes.has(scope)) return { code: 'AGENCY_SCOPE_MISSING', details: { scope } };
  return agency;
}

/** The agency's current per-minute window (a new one once the last has ended). */
function windowOf(runtime: CreditRuntime, agency: AgencyPrincipal, now: number): { start: number; count: number } {
  const counters = windows.get(runtime)!;
  let w = counters.get(agency.id);
  if (!w || now - w.start >= WINDOW_MS) {
    w = { start: now, count: 0 };
    counters.set(agency.id, w);
  }
  return w;
}

/**
 * Counts one request if it stays within the agency's per-minute limit, and says whether it did; one
 * over the limit counts nothing here (the check's fast paths leave it to the route, which counts and
 * refuses it).
 */
export function countWithinLimit(runtime: CreditRuntime, agency: AgencyPrincipal, now: number): boolean {
  const w = windowOf(runtime, agency, now);
  if (w.count >= agency.rateLimitPerMinute) return false;
  w.count += 1;
  return true;
}

/**
 * Counts one request against the agency's per-minute window; the seconds until the window ends
 * when the limit is passed, else null.
 */
export function countAgencyRequest(runtime: CreditRuntime, agency: AgencyPrincipal, now: number): number | null {
  const w = windowOf(runtime, agency, now);
  w.count += 1;
  return w.count > agency.rateLimitPerMinute ? Math.ceil((w.start + WINDOW_MS - now) / 1000) : null;
}

/**
 * An `onRequest` hook in callback style: on the hot check route a promise per request is measurable
 * (ADR 0005). A refusal answers at once and does not call `done`, so the body is never read.
 */
export function authenticateAgency(request: FastifyRequest, reply: FastifyReply, scope: AgencyScope, done: HookHandlerDoneFunction): void {
  const found = findAgency(request.server.credit, request.headers.authorization, scope);
  if ('code' in found) return void sendError(request, reply, found.code, undefined, undefined, 'details' in found ? found.details : undefined);
  const retryAfter = countAgencyRequest(request.server.credit, found, Date.now());
  if (retryAfter !== null) {
    void reply.header('retry-after', String(retryAfter));
    return void sendError(request, reply, 'RATE_LIMITED', undefined, undefined, { limitPerMinute: found.rateLimitPerMinute });
  }
  request.agency = found;
  done();
}
