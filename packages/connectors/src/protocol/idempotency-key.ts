/**
 * The idempotency key of a request: the same act (court, case, act, institution, property, the
 * document it rests on) asked twice gets the same key, so an institution that sees it again
 * answers the first result instead of freezing twice. SHA-256 of the parts, base64url.
 */
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export function idempotencyKey(parts: readonly (string | number)[]): string {
  return createHash('sha256').update(canonicalize(parts) ?? '').digest('base64url');
}
