import { RANGE_PREFIX_LENGTH, RANGE_SUFFIX_LENGTH } from '../credit-index/index.js';
import type { Clock } from '../context.js';
import type { AgencyPrincipal } from './agency-book.js';
import type { CreditRuntime } from './credit-runtime.js';
import { isoInstant } from './check-log-buffer.js';

/**
 * The privacy-preserving check (k-anonymity, as range queries of password-breach services): the
 * agency sends 5 hex characters of its keyed hash and gets every listed suffix in that bucket. The
 * court learns only the bucket, shared by every number hashing there. Fails closed like single
 * checks: an index not known to be current says so (`current: false`), and a miss is then no `allow`.
 */
export function rangeCheck(runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, prefix: string, requestId: string | null) {
  const result = runtime.range().query(prefix);
  const entries = result.ok ? result.entries : [];
  const fresh = runtime.freshness().fresh;
  runtime.log.push({ agencyId: agency.id, checkedAt: isoInstant(clock.now()), channel: 'range', scenario: '-', subjectKind: 'range', subjectId: `range:${prefix}`, subjectMasked: `range:${prefix}`, decision: fresh ? 'answered' : 'review', measureIds: [], requestId });
  return { prefix, current: fresh, suffixes: entries.map((e) => ({ suffix: e.suffix, kinds: [...e.kinds] })) };
}

export function rangeKeyFor(runtime: CreditRuntime) {
  return { algorithm: 'HMAC-SHA256' as const, key: runtime.rangeKey, prefixLength: RANGE_PREFIX_LENGTH, suffixLength: RANGE_SUFFIX_LENGTH };
}
