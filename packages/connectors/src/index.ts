export { generateKeyPair, isValidPublicKey } from './protocol/signing-keys.js';
export type { KeyPair } from './protocol/signing-keys.js';
export { signedBytes } from './protocol/canonical-bytes.js';
export { signEnvelope, signatureOver } from './protocol/sign-envelope.js';
export type { Signer, UnsignedEnvelope } from './protocol/sign-envelope.js';
export { MAX_CLOCK_SKEW_MS, ROTATION_GRACE_MS, VERIFY_PROBLEM_CODES, signatureValid, verifyEnvelope } from './protocol/verify-envelope.js';
export type { KeyLookup, RegisteredKey, VerifyProblemCode } from './protocol/verify-envelope.js';
export { idempotencyKey } from './protocol/idempotency-key.js';
