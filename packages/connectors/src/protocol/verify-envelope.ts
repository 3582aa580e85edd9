/**
 * Checking an envelope before anything in it is believed: its shape, who signed it with which key,
 * whether that key was good for that message, and the signature over the canonical bytes. A reply
 * that fails any of this is rejected, logged and surfaced — never booked (issue 4, "Bad input").
 */
import { createHash, verify } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { zAssistEnvelope, type AssistEnvelope, type SignatureAlgorithm } from '@zhixing/contracts';
import { fail, ok, type Result } from '@zhixing/domain';
import { signedBytes } from './canonical-bytes.js';
import { ed25519PublicKey } from './signing-keys.js';

/** A key registered for a party (court or institution), with its validity (keys rotate). */
export interface RegisteredKey {
  readonly party: string;
  readonly keyId: string;
  readonly alg: SignatureAlgorithm;
  readonly publicKey: string;
  readonly validFrom: string;
  /** Set when the key was rotated out: messages issued before it are still good for a grace period. */
  readonly validTo: string | null;
  /** Set when the key was compromised: nothing it signs is accepted from then on. */
  readonly revokedAt: string | null;
}

export type KeyLookup = (party: string, keyId: string) => RegisteredKey | undefined;

/** How long after rotation a message signed with the old key (in flight, retried) is still taken. */
export const ROTATION_GRACE_MS = 7 * 24 * 3600 * 1000;
/** Clock difference tolerated between sender and receiver. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export const VERIFY_PROBLEM_CODES = ['ASSIST_MALFORMED', 'ASSIST_WRONG_RECIPIENT', 'ASSIST_KEY_UNKNOWN', 'ASSIST_KEY_REVOKED', 'ASSIST_KEY_NOT_VALID', 'ASSIST_ISSUED_IN_FUTURE', 'ASSIST_SIGNATURE_INVALID'] as const;
export type VerifyProblemCode = (typeof VERIFY_PROBLEM_CODES)[number];

const problem = (code: VerifyProblemCode, messageZh: string, messageEn: string, details: Record<string, unknown> = {}) => fail<AssistEnvelope>({ code, messageZh, messageEn, details });

/**
 * What an SM2 verification can keep of a public key between messages (a party's key signs every
 * message it sends): the point with a precomputed window table, so the multiplication by the key — most
 * of a verification's time — runs like the one by the curve's base point (about five times faster per
 * message, measured), and Z, the SM3 of the default user id, the curve and the key (GB/T 32918.2 §5.5),
 * which the digest of each message starts from. Bounded: a few hundred keys of a few dozen KiB each.
 */
const SM2_WINDOW = 4;
const MAX_SM2_KEYS = 256;
const sm2Keys = new Map<string, { point: ReturnType<typeof sm2.precomputePublicKey>; z: Uint8Array }>();

function sm2Key(publicKey: string) {
  let key = sm2Keys.get(publicKey);
  if (!key) {
    if (sm2Keys.size >= MAX_SM2_KEYS) sm2Keys.clear();
    key = { point: sm2.precomputePublicKey(publicKey, SM2_WINDOW), z: sm2.getZ(publicKey) };
    sm2Keys.set(publicKey, key);
  }
  return key;
}

export function signatureValid(alg: SignatureAlgorithm, publicKey: string, bytes: Uint8Array, signatureB64: string): boolean {
  const sig = Buffer.from(signatureB64, 'base64');
  if (alg === 'SM2-SM3') {
    try {
      // e = SM3(Z ‖ M) by Node's own SM3, then the library's verification of e with the kept point.
      const key = sm2Key(publicKey);
      const e = createHash('sm3').update(key.z).update(bytes).digest();
      return sm2.doVerifySignature(e, sig.toString('hex'), key.point, { hash: false, der: true });
    } catch {
      // A value that is not DER at all: not a signature.
      return false;
    }
  }
  const key = ed25519PublicKey(publicKey);
  return key !== null && verify(null, bytes, key, sig);
}

export function verifyEnvelope(value: unknown, lookup: KeyLookup, options: { now: Date; expectedTo?: string }): Result<AssistEnvelope> {
  const parsed = zAssistEnvelope.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return problem('ASSIST_MALFORMED', `报文格式不符合协议：${issues.map((i) => i.path || '(整体)').join('、')}`, `The message does not follow the protocol: ${issues.map((i) => i.path || '(whole)').join(', ')}`, { issues });
  }
  const e = parsed.data;
  if (options.expectedTo !== undefined && e.to !== options.expectedTo) {
    return problem('ASSIST_WRONG_RECIPIENT', `报文发给 ${e.to}，不是本方`, `The message is addressed to ${e.to}, not to us`, { to: e.to });
  }
  const key = lookup(e.from, e.signature.keyId);
  if (!key || key.party !== e.from) return problem('ASSIST_KEY_UNKNOWN', `${e.from} 没有登记密钥 ${e.signature.keyId}`, `${e.from} has no registered key ${e.signature.keyId}`, { from: e.from, keyId: e.signature.keyId });
  const now = options.now.getTime();
  if (key.revokedAt !== null && now >= Date.parse(key.revokedAt)) {
    return problem('ASSIST_KEY_REVOKED', `密钥 ${key.keyId} 已于 ${key.revokedAt} 作废`, `Key ${key.keyId} was revoked at ${key.revokedAt}`, { keyId: key.keyId, revokedAt: key.revokedAt });
  }
  const issued = Date.parse(e.issuedAt);
  if (issued > now + MAX_CLOCK_SKEW_MS) return problem('ASSIST_ISSUED_IN_FUTURE', `报文签发时间 ${e.issuedAt} 晚于当前时间`, `The message claims to be issued in the future (${e.issuedAt})`, { issuedAt: e.issuedAt });
  const retiredTooLong = key.validTo !== null && (issued >= Date.parse(key.validTo) || now >= Date.parse(key.validTo) + ROTATION_GRACE_MS);
  if (key.alg !== e.signature.alg || issued < Date.parse(key.validFrom) || retiredTooLong) {
    return problem('ASSIST_KEY_NOT_VALID', `密钥 ${key.keyId} 不适用于该报文（算法或有效期不符）`, `Key ${key.keyId} does not cover this message (algorithm or validity)`, { keyId: key.keyId, alg: key.alg, validFrom: key.validFrom, validTo: key.validTo });
  }
  if (!signatureValid(key.alg, key.publicKey, signedBytes(e), e.signature.value)) {
    return problem('ASSIST_SIGNATURE_INVALID', '签名验证失败：报文被篡改或签名有误', 'The signature does not verify: the message was altered or wrongly signed', { keyId: key.keyId });
  }
  return ok(e);
}
