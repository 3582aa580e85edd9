/**
 * Travel-document numbers are short (a passport has 9 characters), so they keep less than an ID
 * number does (maskResidentId keeps 4 + 4): the first 2 and last 2 characters, `*` between, the
 * length still showing. Numbers of 4 characters or fewer are masked entirely.
 *
 * ### Examples
 * `maskDocumentNumber('E12345678')` → `E1*****78`.
 */
const KEEP = 2;

export function maskDocumentNumber(docNumber: string): string {
  const text = docNumber.trim().toUpperCase();
  if (text.length <= KEEP * 2) return '*'.repeat(text.length);
  return `${text.slice(0, KEEP)}${'*'.repeat(text.length - KEEP * 2)}${text.slice(-KEEP)}`;
}
