/**
 * Signing keys of the assistance protocol, as text that travels in registries and config:
 * - SM2 (GB/T 32918): public key as uncompressed hex `04‖x‖y`, private key as 64 hex digits — the
 *   common form of the national standard's tools (sm-crypto-v2, which signs here).
 * - Ed25519 (RFC 8032): public key and private seed as base64 of their 32 raw bytes.
 * Node's own crypto signs Ed25519; for SM2 it only offers ECDSA on the SM2 curve, which standard
 * SM2 verifiers (OpenSSL's `pkeyutl -digest sm3`) reject — hence the library (docs/adr/0008).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import type { SignatureAlgorithm } from '@zhixing/contracts';

export interface KeyPair {
  readonly alg: SignatureAlgorithm;
  readonly publicKey: string;
  readonly privateKey: string;
}

// DER prefixes of an Ed25519 key (RFC 8410): the raw 32 bytes follow.
const ED25519_SPKI = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex');

export function generateKeyPair(alg: SignatureAlgorithm): KeyPair {
  if (alg === 'SM2-SM3') {
    const k = sm2.generateKeyPairHex();
    return { alg, publicKey: k.publicKey, privateKey: k.privateKey };
  }
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    alg,
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).subarray(ED25519_SPKI.length).toString('base64'),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'der' }).subarray(ED25519_PKCS8.length).toString('base64'),
  };
}

const raw32 = (b64: string): Buffer | null => {
  const b = Buffer.from(b64, 'base64');
  return b.length === 32 && b.toString('base64') === b64 ? b : null;
};

/** An Ed25519 public key object, or null when the text is not 32 bytes of base64. */
export function ed25519PublicKey(b64: string): KeyObject | null {
  const b = raw32(b64);
  return b ? createPublicKey({ key: Buffer.concat([ED25519_SPKI, b]), format: 'der', type: 'spki' }) : null;
}

export function ed25519PrivateKey(b64: string): KeyObject | null {
  const b = raw32(b64);
  return b ? createPrivateKey({ key: Buffer.concat([ED25519_PKCS8, b]), format: 'der', type: 'pkcs8' }) : null;
}

/** Whether a public key's text is well-formed for its algorithm (and, for SM2, a point on the curve). */
export function isValidPublicKey(alg: SignatureAlgorithm, publicKey: string): boolean {
  if (alg === 'Ed25519') return ed25519PublicKey(publicKey) !== null;
  if (!/^04[0-9a-f]{128}$/.test(publicKey)) return false;
  try {
    return sm2.verifyPublicKey(publicKey);
  } catch {
    // (the library throws for a point off the curve)
    return false;
  }
}
