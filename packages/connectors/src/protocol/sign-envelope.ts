/**
 * Signing an envelope with the sender's current key (the court's electronic seal on the notice,
 * 网络查询冻结规定 art. 4; the institution's seal on its reply).
 */
import { sign } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import type { AssistEnvelope, SignatureAlgorithm } from '@zhixing/contracts';
import { signedBytes } from './canonical-bytes.js';
import { ed25519PrivateKey } from './signing-keys.js';

export interface Signer {
  readonly keyId: string;
  readonly alg: SignatureAlgorithm;
  readonly privateKey: string;
  /** SM2 signing hashes the signer's public key into the message (Z value, GB/T 32918.2 §5.5). */
  readonly publicKey: string;
}

export type UnsignedEnvelope = Omit<AssistEnvelope, 'signature'>;

export function signatureOver(bytes: Uint8Array, signer: Signer): string {
  if (signer.alg === 'SM2-SM3') {
    return Buffer.from(sm2.doSignature(bytes, signer.privateKey, { hash: true, der: true, publicKey: signer.publicKey }), 'hex').toString('base64');
  }
  const key = ed25519PrivateKey(signer.privateKey);
  if (!key) throw new TypeError('not an Ed25519 private key (base64 of 32 bytes)');
  return sign(null, bytes, key).toString('base64');
}

export function signEnvelope(unsigned: UnsignedEnvelope, signer: Signer): AssistEnvelope {
  return { ...unsigned, signature: { alg: signer.alg, keyId: signer.keyId, value: signatureOver(signedBytes(unsigned), signer) } };
}
