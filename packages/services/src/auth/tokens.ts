import { createHash, randomBytes } from 'node:crypto';

/** Opaque random secrets; only their SHA-256 is stored, so a database leak discloses no live token. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
