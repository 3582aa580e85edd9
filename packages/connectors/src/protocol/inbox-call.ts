/**
 * How a pull institution proves who is fetching its inbox (ADR 0009 step 3): it signs, with one of
 * its registered keys, the bytes `zx-assist/1 inbox\n<institution code>\n<timestamp>` and sends
 * them in headers. The platform checks the signature and that the timestamp is within the clock
 * skew of the protocol, so a captured call is worthless minutes later; a replay inside that window
 * only returns the same requests again, which the idempotency keys make harmless.
 */
import { signatureOver, type Signer } from './sign-envelope.js';

export const INBOX_HEADERS = { institution: 'x-zx-institution', keyId: 'x-zx-key-id', timestamp: 'x-zx-timestamp', signature: 'x-zx-signature' } as const;

export const inboxCallBytes = (code: string, timestamp: string): Buffer => Buffer.from(`zx-assist/1 inbox\n${code}\n${timestamp}`, 'utf8');

/** The headers of one inbox call, signed now. */
export function signInboxCall(code: string, signer: Signer, at: Date): Record<string, string> {
  const timestamp = at.toISOString();
  return { [INBOX_HEADERS.institution]: code, [INBOX_HEADERS.keyId]: signer.keyId, [INBOX_HEADERS.timestamp]: timestamp, [INBOX_HEADERS.signature]: signatureOver(inboxCallBytes(code, timestamp), signer) };
}
