/**
 * The receipt number (回执号) a submitter keeps to follow their submission on the portal: a prefix
 * naming the kind (the initials court staff use: 立案 LA, 线索 XS, 异议 YY, 举报 JB, 约见 YJ), the
 * year, and ten random characters of the query-code alphabet (about 50 bits), so that with the
 * per-client rate limit nobody can walk through other people's submissions. It is the only
 * credential for following, and the follow view shows nothing personal beyond a masked name.
 */
import type { SubmissionKind } from './submission-rules.js';
import { QUERY_CODE_ALPHABET, randomCodeFromBytes } from './query-code.js';

export const RECEIPT_PREFIX: Readonly<Record<SubmissionKind, string>> = {
  filingRequest: 'LA',
  propertyClue: 'XS',
  objection: 'YY',
  complaint: 'JB',
  appointment: 'YJ',
};
const RANDOM_LENGTH = 10;

/** `YY2026-K7QM3-XWP9H` for an objection received in 2026, from random bytes (40 are enough). */
export function receiptNumberFromBytes(kind: SubmissionKind, year: number, bytes: Uint8Array): string {
  const random = randomCodeFromBytes(bytes, RANDOM_LENGTH);
  return `${RECEIPT_PREFIX[kind]}${year}-${random.slice(0, 5)}-${random.slice(5)}`;
}

const PATTERN = new RegExp(`^(LA|XS|YY|JB|YJ)(\\d{4})([${QUERY_CODE_ALPHABET}]{${RANDOM_LENGTH}})$`);

/** What a submitter typed, in the printed form; null when it cannot be a receipt number. */
export function normaliseReceiptNumber(input: string): string | null {
  const match = PATTERN.exec(input.replace(/[\s-]/g, '').toUpperCase());
  if (!match) return null;
  const [, prefix, year, random] = match as unknown as [string, string, string, string];
  return `${prefix}${year}-${random.slice(0, 5)}-${random.slice(5)}`;
}
