/**
 * A bank statement chosen in the browser, read as text for the reconciliation (对账). Banks in
 * China export CSV in UTF-8 or in GB18030 (GBK): text that is not valid UTF-8 is read as GB18030.
 */

/** The request limit is 1 MiB of JSON: a statement file may be up to 1,000,000 bytes. */
export const STATEMENT_MAX_BYTES = 1_000_000;

/** The columns the server reads, and an example a person can copy. */
export const STATEMENT_COLUMNS = 'date,serial,amount,counterparty,memo';
export const STATEMENT_EXAMPLE = [STATEMENT_COLUMNS, '2026-03-02,BK20260302001,100000.00,李四,（2026）辽0202执123号', '2026-03-05,BK20260305017,-50000.00,张伟,发放执行款'].join('\n');

/** The file's bytes as text: UTF-8 (its byte-order mark dropped) when valid, else GB18030. */
export function decodeStatement(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * How many statement lines the file holds, to show with its name: lines with content, less a first
 * line that is the header (it starts with `date`, as the server reads it).
 */
export function countLines(text: string): number {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '');
  const header = lines[0]?.split(',')[0]?.trim().toLowerCase() === 'date';
  return header ? lines.length - 1 : lines.length;
}
