/**
 * Reading a bulk comparison file row by row, without a library: the format is three plain
 * columns and the hot path handles a million rows, so a small RFC 4180 reader (quotes, doubled
 * quotes, CRLF) is faster than a general CSV parser and simple to check.
 */
import type { CreditCheckRequest } from '@zhixing/contracts';

export type BulkRow = { row: number; request: Omit<CreditCheckRequest, 'scenario'> & { scenario?: CreditCheckRequest['scenario'] } } | { row: number; error: { zh: string; en: string } };

export interface BulkFileProblem {
  zh: string;
  en: string;
}

/**
 * Reads CSV text (RFC 4180) record by record into one array of fields that is reused: a million
 * records cost their field strings and nothing else. Blank lines are skipped.
 */
export class CsvCursor {
  /** The current record's fields (overwritten by the next call of `next`). */
  readonly fields: string[] = [];
  readonly #text: string;
  #i = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** Advances to the next record that is not blank; false at the end of the text. */
  next(): boolean {
    const text = this.#text;
    const n = text.length;
    const fields = this.fields;
    let i = this.#i;
    while (i < n) {
      fields.length = 0;
      for (;;) {
        let field: string;
        if (text.charCodeAt(i) === 34) {
          field = '';
          i += 1;
          for (;;) {
            const q = text.indexOf('"', i);
            if (q < 0) {
              field += text.slice(i);
              i = n;
              break;
            }
            field += text.slice(i, q);
            i = q + 1;
            if (text.charCodeAt(i) === 34) {
              field += '"';
              i += 1;
            } else break;
          }
        } else {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === 44 || c === 10 || c === 13) break;
            j += 1;
          }
          field = text.slice(i, j);
          i = j;
        }
        fields.push(field);
        const c = text.charCodeAt(i);
        if (c === 44) {
          i += 1;
          continue;
        }
        if (c === 13) i += 1;
        if (text.charCodeAt(i) === 10) i += 1;
        break;
      }
      if (fields.length === 1 && fields[0] === '') continue;
      this.#i = i;
      return true;
    }
    this.#i = i;
    fields.length = 0;
    return false;
  }
}

/** The header of a CSV file: which column holds what. */
export function csvColumns(header: readonly string[]): { kind: number; id: number; name: number } | BulkFileProblem {
  const names = header.map((h) => h.trim().toLowerCase().replace(/^\uFEFF/, ''));
  const kind = names.indexOf('kind');
  const id = names.indexOf('id');
  if (kind < 0 || id < 0) return { zh: 'CSV 首行须为列名 kind,id[,name]', en: 'the first CSV line must name the columns kind,id[,name]' };
  return { kind, id, name: names.indexOf('name') };
}

export function* readNdjson(text: string): Generator<{ row: number; value: unknown } | { row: number; error: { zh: string; en: string } }> {
  let row = 0;
  let i = 0;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    const line = text.slice(i, j).trim();
    i = j + 1;
    if (line === '') continue;
    row += 1;
    try {
      yield { row, value: JSON.parse(line) as unknown };
    } catch {
      yield { row, error: { zh: `第 ${row} 行不是有效的 JSON`, en: `row ${row} is not valid JSON` } };
    }
  }
}

/** Counts the data rows of a file cheaply (for the size limit and progress), without parsing. */
export function countLines(text: string): number {
  let n = 0;
  let i = -1;
  while ((i = text.indexOf('\n', i + 1)) >= 0) n += 1;
  if (text.length > 0 && !text.endsWith('\n')) n += 1;
  return n;
}
