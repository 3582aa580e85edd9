/**
 * Subject keys of the credit index: an 18-character resident ID number (GB 11643-1999) or unified
 * social credit code (GB 32100-2015) read into three uint32 words, on the hot path of every check.
 * The parse is a `charCodeAt` loop that allocates nothing: the words go into a caller's array.
 *
 * The encoding is exact — two different numbers never share a key, so a key match can never deny
 * the wrong person — and reversible ({@link formatSubjectKey}):
 * - person: the 17 significant digits as a = digits 1–9 (< 10^9 < 2^30) and b = digits 10–17
 *   (< 10^8 < 2^27), packed as the 57-bit a·2^27 + b: w0 = low 32 bits, w1 = high 25 bits, w2 = 0;
 * - organisation: the 17 significant characters as their 5-bit values in the GB 32100 alphabet
 *   (85 bits): w0 = characters 1–6, w1 = 7–12, w2 = 13–17 plus the tag bit 31.
 * The tag bit keeps persons and organisations apart even if both kinds ever share one table.
 * The check characters are verified (both of them for a credit code: GB 11714 at position 17
 * and GB 32100 at position 18), so they carry no information and are not stored.
 */

import type { SubjectKind } from '@zhixing/domain';

export type { SubjectKind };

/** Parse outcome: the key was written. */
export const KEY_OK = 0;
/** Wrong length, a character outside the alphabet, or an impossible birth month or day. */
export const KEY_MALFORMED = 1;
/** Well-formed, but a check character does not match: the number was mistyped. */
export const KEY_BAD_CHECK_CHAR = 2;
export type KeyStatus = typeof KEY_OK | typeof KEY_MALFORMED | typeof KEY_BAD_CHECK_CHAR;

/** Words a parse writes: the key's three, then 1 if the text was canonical. */
export const KEY_WORDS_OUT = 4;
/** Set in w2 of every organisation key, never in a person key. */
export const ORGANISATION_TAG = 0x8000_0000;

const LENGTH = 18;
// GB 11643 weights 2^(17−i) mod 11: the check sum is a Horner sum in base 2 (see parsePersonKey).
const PERSON_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
// Weighted sum mod 11 → the check character's code: '1', '0', 'X', '9', '8', … '2'.
const PERSON_CHECK_CODES = Array.from('10X98765432', (c) => c.charCodeAt(0));

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
/** Alphabet value (0–30) by character code; lower case is read as upper case; −1 outside. */
const CREDIT_VALUE = new Int8Array(128).fill(-1);
/** GB 11714 value of each alphabet value: digits as themselves, letters A–Z as 10–35. */
const ORGANISATION_VALUE = new Uint8Array(31);
for (let v = 0; v < CREDIT_CODE_ALPHABET.length; v++) {
  const code = CREDIT_CODE_ALPHABET.charCodeAt(v);
  CREDIT_VALUE[code] = v;
  if (code >= 65) CREDIT_VALUE[code + 32] = v;
  ORGANISATION_VALUE[v] = code >= 65 ? code - 55 : v;
}
const X_VALUE = CREDIT_CODE_ALPHABET.indexOf('X');

/** Index of the first and one past the last character that is not ASCII whitespace. */
function trimmedStart(text: string): number {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  return start;
}

function trimmedEnd(text: string, start: number): number {
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return end;
}

/**
 * Reads a resident ID number into `out[0..2]`; `out[3]` is 1 when `text` is already canonical
 * (18 characters, upper case). Surrounding ASCII whitespace is ignored and a lower-case `x` is
 * read as `X`. The birth date is checked loosely (month 01–12, day 01–31); the region code is
 * not checked, so residence permits (81/82/83) and foreigners' cards (9x) pass.
 */
export function parsePersonKey(text: string, out: Uint32Array): KeyStatus {
  let start = 0;
  if (text.length !== LENGTH || text.charCodeAt(0) <= 32) {
    start = trimmedStart(text);
    if (trimmedEnd(text, start) - start !== LENGTH) return KEY_MALFORMED;
  }
  let a = 0;
  let b = 0;
  // Σ dᵢ·2^(17−i) mod 11 = 2·(Horner sum of the digits in base 2) mod 11: no weight table.
  let horner = 0;
  for (let i = 0; i < 9; i++) {
    const d = text.charCodeAt(start + i) - 48;
    if (d >>> 0 > 9) return KEY_MALFORMED;
    horner = horner * 2 + d;
    a = a * 10 + d;
  }
  // Digits 10–17: the last digit of the year, month (11–12), day (13–14), sequence.
  let month = 0;
  let day = 0;
  for (let i = 9; i < 17; i++) {
    const d = text.charCodeAt(start + i) - 48;
    if (d >>> 0 > 9) return KEY_MALFORMED;
    horner = horner * 2 + d;
    b = b * 10 + d;
    if (i === 11) month = b % 100;
    else if (i === 13) day = b % 100;
  }
  const sum = horner * 2;
  if (month < 1 || month > 12 || day < 1 || day > 31) return KEY_MALFORMED;
  let check = text.charCodeAt(start + 17);
  if (check === 120) check = 88;
  if ((check < 48 || check > 57) && check !== 88) return KEY_MALFORMED;
  if (check !== PERSON_CHECK_CODES[sum % 11]) return KEY_BAD_CHECK_CHAR;
  out[0] = (b | ((a & 31) << 27)) >>> 0;
  out[1] = a >>> 5;
  out[2] = 0;
  out[3] = start === 0 && text.length === LENGTH && text.charCodeAt(17) !== 120 ? 1 : 0;
  return KEY_OK;
}

/**
 * Reads a unified social credit code into `out[0..2]`; `out[3]` is 1 when `text` is already
 * canonical. Surrounding ASCII whitespace is ignored and lower case is read as upper case.
 * Positions 3–8 must be digits (the region code).
 */
export function parseOrganisationKey(text: string, out: Uint32Array): KeyStatus {
  const start = trimmedStart(text);
  if (trimmedEnd(text, start) - start !== LENGTH) return KEY_MALFORMED;
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let sum = 0;
  let orgSum = 0;
  let orgCheck = 0;
  let lower = 0;
  for (let i = 0; i < 17; i++) {
    const code = text.charCodeAt(start + i);
    lower |= code & 32 & (code >>> 1);
    const v = code < 128 ? CREDIT_VALUE[code]! : -1;
    if (v < 0 || (i >= 2 && i < 8 && v > 9)) return KEY_MALFORMED;
    sum += v * CREDIT_WEIGHTS[i]!;
    if (i >= 8 && i < 16) orgSum += ORGANISATION_VALUE[v]! * ORGANISATION_WEIGHTS[i - 8]!;
    else if (i === 16) orgCheck = v;
    if (i < 6) w0 = w0 * 32 + v;
    else if (i < 12) w1 = w1 * 32 + v;
    else w2 = w2 * 32 + v;
  }
  const last = text.charCodeAt(start + 17);
  const check = last < 128 ? CREDIT_VALUE[last]! : -1;
  if (check < 0) return KEY_MALFORMED;
  // GB 11714: C9 = 11 − (sum mod 11), 10 written X and 11 written 0.
  const c9 = 11 - (orgSum % 11);
  if (orgCheck !== (c9 === 10 ? X_VALUE : c9 % 11)) return KEY_BAD_CHECK_CHAR;
  // GB 32100: C18 = 31 − (sum mod 31), 31 written as the character worth 0.
  if (check !== (31 - (sum % 31)) % 31) return KEY_BAD_CHECK_CHAR;
  out[0] = w0;
  out[1] = w1;
  out[2] = (w2 | ORGANISATION_TAG) >>> 0;
  out[3] = start === 0 && text.length === LENGTH && lower === 0 && last < 97 ? 1 : 0;
  return KEY_OK;
}

export function parseSubjectKey(kind: SubjectKind, text: string, out: Uint32Array): KeyStatus {
  return kind === 'person' ? parsePersonKey(text, out) : parseOrganisationKey(text, out);
}

/**
 * The 18-character number of a key, upper case, check character recomputed. Used to answer
 * (responses, the range index), never on the allow path.
 */
export function formatSubjectKey(w0: number, w1: number, w2: number): string {
  const codes = new Array<number>(LENGTH);
  if ((w2 & ORGANISATION_TAG) === 0) {
    const a = w1 * 32 + (w0 >>> 27);
    let b = w0 & 0x7ff_ffff;
    let sum = 0;
    for (let i = 16; i >= 9; i--, b = Math.floor(b / 10)) codes[i] = 48 + (b % 10);
    let rest = a;
    for (let i = 8; i >= 0; i--, rest = Math.floor(rest / 10)) codes[i] = 48 + (rest % 10);
    for (let i = 0; i < 17; i++) sum += (codes[i]! - 48) * PERSON_WEIGHTS[i]!;
    codes[17] = PERSON_CHECK_CODES[sum % 11]!;
  } else {
    const words = [w0, w1, w2 & 0x1ff_ffff];
    let sum = 0;
    for (let i = 16; i >= 0; i--) {
      const word = i < 6 ? 0 : i < 12 ? 1 : 2;
      const v = words[word]! & 31;
      words[word] = words[word]! >>> 5;
      codes[i] = CREDIT_CODE_ALPHABET.charCodeAt(v);
      sum += v * CREDIT_WEIGHTS[i]!;
    }
    codes[17] = CREDIT_CODE_ALPHABET.charCodeAt((31 - (sum % 31)) % 31);
  }
  return String.fromCharCode(...codes);
}

/** A well-mixed 32-bit hash of a key (murmur3's fmix32 over the three words). */
export function hashKey(w0: number, w1: number, w2: number): number {
  let h = Math.imul(w0 ^ 0x9e37_79b9, 0x85eb_ca6b);
  h = Math.imul(h ^ (h >>> 15) ^ w1, 0xc2b2_ae35);
  h = Math.imul(h ^ (h >>> 13) ^ w2, 0x27d4_eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export type SubjectKeyResult = { ok: true; key: readonly [number, number, number]; canonical: string } | { ok: false; error: 'malformed' | 'badCheckChar' };

/** Allocating convenience form of the parse, for the sync path and tests. */
export function subjectKeyOf(kind: SubjectKind, text: string): SubjectKeyResult {
  const out = new Uint32Array(4);
  const status = parseSubjectKey(kind, text, out);
  if (status === KEY_MALFORMED) return { ok: false, error: 'malformed' };
  if (status === KEY_BAD_CHECK_CHAR) return { ok: false, error: 'badCheckChar' };
  return { ok: true, key: [out[0]!, out[1]!, out[2]!], canonical: formatSubjectKey(out[0]!, out[1]!, out[2]!) };
}
