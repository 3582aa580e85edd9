/**
 * The sender of a reply and its registered keys, looked up once per institution every few seconds
 * instead of twice per reply: at the fan-out's rate (bench/README.md, suite `fanout`) those two
 * queries were a good part of the database's work per reply. A change made through this process
 * (registration, a key added or revoked, a desk key) forgets the cache at once; another process of
 * the same installation sees it within TTL_MS: a key revoked through another process may still
 * verify here for at most that long.
 */
import type { RegisteredKey } from '@zhixing/connectors';
import { findInstitutionByCode, type InstitutionRow } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { institutionKeys } from './institution-key-lookup.js';

const TTL_MS = 2000;

interface Entry {
  readonly until: number;
  readonly value: Promise<{ institution: InstitutionRow; keys: RegisteredKey[] } | null>;
}

const caches = new WeakMap<ServiceContext, Map<string, Entry>>();

/** The institution with this code and its keys (null: none registered), at most TTL_MS old. */
export function cachedInstitution(ctx: ServiceContext, code: string): Promise<{ institution: InstitutionRow; keys: RegisteredKey[] } | null> {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  // Monotonic time, not ctx.clock: this is about freshness of a copy, not about the law's time.
  const t = performance.now();
  const hit = cache.get(code);
  if (hit && hit.until > t) return hit.value;
  const value = (async () => {
    const institution = await findInstitutionByCode(ctx.database.db, code);
    return institution ? { institution, keys: await institutionKeys(ctx.database.db, institution) } : null;
  })();
  cache.set(code, { until: t + TTL_MS, value });
  // A failed lookup is not kept.
  value.catch(() => cache.delete(code));
  return value;
}

/** Forgets every cached institution of this context (after any change to institutions or keys). */
export function forgetInstitutions(ctx: ServiceContext): void {
  caches.get(ctx)?.clear();
}
