/**
 * How an institution (or a simulator) trusts one installation's signing key for every court it signs
 * for: the key `GET /api/v1/assist/platform-key` shows, registered once for all `court:*` parties.
 */
import type { SignatureAlgorithm } from '@zhixing/contracts';
import type { KeyLookup } from './verify-envelope.js';

export function courtKeyLookup(key: { keyId: string; alg: SignatureAlgorithm; publicKey: string }, validFrom = '2020-01-01T00:00:00Z'): KeyLookup {
  return (party, keyId) => (party.startsWith('court:') && keyId === key.keyId ? { party, keyId, alg: key.alg, publicKey: key.publicKey, validFrom, validTo: null, revokedAt: null } : undefined);
}
