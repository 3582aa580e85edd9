/**
 * The party's query code (查询码, issue 5): issued at filing for each applicant and debtor and printed
 * on their filing notice; with the case number and their own ID number it opens their case on the
 * public portal. Twelve characters from an alphabet without look-alikes (no 0/O, 1/I/L), read in
 * groups of four: about 59 bits, so with three tries before a lock (portal-lockout.ts) guessing is
 * hopeless, and even a stolen hash (SHA-256 with the party's id) costs years to reverse.
 * The domain does no I/O: the caller brings the random bytes.
 */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 12;
/** Bytes at or above this are skipped, so every character is equally likely (31 × 8 = 248). */
const UNBIASED_LIMIT = QUERY_CODE_ALPHABET.length * Math.floor(256 / QUERY_CODE_ALPHABET.length);

/**
 * `length` characters of the alphabet from random bytes, each equally likely (four times `length`
 * bytes are always enough in practice); throws if they run out. Query codes and submission receipt
 * numbers are both made this way.
 */
export function randomCodeFromBytes(bytes: Uint8Array, length: number): string {
  let code = '';
  for (const b of bytes) {
    if (b >= UNBIASED_LIMIT) continue;
    code += QUERY_CODE_ALPHABET[b % QUERY_CODE_ALPHABET.length];
    if (code.length === length) return code;
  }
  throw new RangeError('not enough random bytes for a code');
}

/** A query code from random bytes (48 are always enough in practice); throws if they run out. */
export function queryCodeFromBytes(bytes: Uint8Array): string {
  return randomCodeFromBytes(bytes, QUERY_CODE_LENGTH);
}

/** `K7QM3XWP9HDT` → `K7QM-3XWP-9HDT`, as printed. */
export function formatQueryCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * What a party typed, made comparable: case and spaces or hyphens do not matter. Null when it
 * cannot be a code (wrong length or a character the alphabet does not have).
 */
export function normaliseQueryCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== QUERY_CODE_LENGTH) return null;
  for (const ch of code) if (!QUERY_CODE_ALPHABET.includes(ch)) return null;
  return code;
}
