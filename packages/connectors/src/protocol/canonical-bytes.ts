/**
 * The bytes a signature covers: the envelope without its `signature`, in the JSON Canonicalization
 * Scheme (RFC 8785: keys sorted, no whitespace, one spelling per value), UTF-8. Sender and receiver
 * then sign and check the same bytes whatever their JSON libraries do with key order or spacing.
 */
import canonicalize from 'canonicalize';

export function signedBytes(envelope: object): Buffer {
  const { signature: _signature, ...unsigned } = envelope as { signature?: unknown };
  const text = canonicalize(unsigned);
  if (text === undefined) throw new TypeError('the envelope has no JSON form');
  return Buffer.from(text, 'utf8');
}
