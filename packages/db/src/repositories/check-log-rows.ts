/**
 * The check log's rows in PostgreSQL's binary COPY format (PostgreSQL manual, COPY, "Binary
 * Format"), written into one growing byte buffer as checks are answered (ADR 0005, "The check log").
 *
 * Agencies check at tens of thousands of requests a second and every check is a row. Kept as
 * objects until the next flush, rows outlived the young generation and were copied by the garbage
 * collector; written as COPY text, the database parsed timestamps, UUIDs and arrays from text. Bytes
 * outside the JavaScript heap cost the collector nothing, and the binary form is the database's own:
 * a UUID is 16 bytes, an instant 8, an array of ids a count and 8 bytes each.
 */
/** One check as the log records it (the buffer's entry; the instant as ISO-8601 text). */
export interface CheckLogRow {
  agencyId: string;
  checkedAt: string;
  channel: string;
  scenario: string;
  subjectKind: string;
  subjectId: string;
  subjectMasked: string;
  decision: string;
  measureIds: readonly number[];
  requestId: string | null;
}

/** The columns of every row, in the order `add` writes them. */
export const CHECK_LOG_COLUMNS = ['agency_id', 'checked_at', 'channel', 'scenario', 'subject_kind', 'subject_id', 'subject_masked', 'decision', 'measure_ids', 'request_id'] as const;

/** Signature, flags field and header extension length (COPY binary file header). */
const HEADER = Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
/** The file trailer: a field count of -1. */
const TRAILER = Buffer.from([0xff, 0xff]);
/** PostgreSQL's epoch (2000-01-01T00:00:00Z) in Unix milliseconds: timestamps count microseconds from it. */
const PG_EPOCH_MS = 946_684_800_000;
/** `int8`'s type oid, which an array's binary form names for its elements. */
const INT8_OID = 20;
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TWO_32 = 2 ** 32;

/** The 16 bytes of a UUID's text; anything else is a programming error (agency ids come from the database). */
function uuidBytes(text: string): Uint8Array {
  if (!UUID_TEXT.test(text)) throw new TypeError(`not a UUID: ${text}`);
  return Buffer.from(text.replace(/-/g, ''), 'hex');
}

/** Rows in COPY's binary form, added one by one; `take` hands over what was added. */
export class CheckLogRows {
  #buf: Buffer;
  #pos = 0;
  #count = 0;
  /** The last agency's and instant's encodings: consecutive checks mostly share both. */
  #agencyText = '';
  #agency: Uint8Array = new Uint8Array(16);
  #instantText = '';
  #instantHi = 0;
  #instantLo = 0;

  constructor(initialBytes = 64 * 1024) {
    this.#buf = Buffer.allocUnsafe(initialBytes);
  }

  /** Rows added since the last `take`. */
  get count(): number {
    return this.#count;
  }

  /**
   * Writes one row. Everything that can be refused is checked before the first byte is written, so
   * a refused row leaves the rows before it intact (a torn tuple would make the whole COPY fail).
   */
  add(row: CheckLogRow): void {
    for (const id of row.measureIds) if (!Number.isSafeInteger(id)) throw new TypeError(`not a measure id: ${id}`);
    if (row.agencyId !== this.#agencyText) {
      this.#agency = uuidBytes(row.agencyId);
      this.#agencyText = row.agencyId;
    }
    if (row.checkedAt !== this.#instantText) {
      const ms = Date.parse(row.checkedAt);
      if (!Number.isFinite(ms)) throw new TypeError(`not an instant: ${row.checkedAt}`);
      const micros = (ms - PG_EPOCH_MS) * 1000;
      this.#instantHi = Math.floor(micros / TWO_32);
      this.#instantLo = micros - this.#instantHi * TWO_32;
      this.#instantText = row.checkedAt;
    }
    // (the field count, the agency and the instant; each later field reserves its own room)
    this.#reserve(34);
    const b = this.#buf;
    const p = this.#pos;
    b.writeInt16BE(CHECK_LOG_COLUMNS.length, p);
    b.writeInt32BE(16, p + 2);
    b.set(this.#agency, p + 6);
    b.writeInt32BE(8, p + 22);
    b.writeInt32BE(this.#instantHi, p + 26);
    b.writeUInt32BE(this.#instantLo, p + 30);
    this.#pos = p + 34;
    this.#text(row.channel);
    this.#text(row.scenario);
    this.#text(row.subjectKind);
    this.#text(row.subjectId);
    this.#text(row.subjectMasked);
    this.#text(row.decision);
    this.#ids(row.measureIds);
    if (row.requestId === null) {
      this.#reserve(4);
      this.#buf.writeInt32BE(-1, this.#pos);
      this.#pos += 4;
    } else {
      this.#text(row.requestId);
    }
    this.#count += 1;
  }

  /** The rows added so far as tuples (no header or trailer: see `copyFile`), and a fresh start. */
  take(): Buffer {
    const out = this.#buf.subarray(0, this.#pos);
    this.#buf = Buffer.allocUnsafe(Math.max(64 * 1024, this.#buf.length));
    this.#pos = 0;
    this.#count = 0;
    return out;
  }

  #reserve(bytes: number): void {
    if (this.#pos + bytes <= this.#buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#pos + bytes));
    this.#buf.copy(grown, 0, 0, this.#pos);
    this.#buf = grown;
  }

  /** A text field: its UTF-8 length, then its bytes. ASCII (nearly every value) is copied by hand. */
  #text(s: string): void {
    const n = s.length;
    this.#reserve(4 + n * 3);
    const b = this.#buf;
    const start = this.#pos + 4;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      b[start + i] = c;
    }
    const length = i === n ? n : b.write(s, start, 'utf8');
    b.writeInt32BE(length, this.#pos);
    this.#pos = start + length;
  }

  /** A one-dimensional `bigint[]` (array_send): dimensions, null flag, element type, then the elements. */
  #ids(ids: readonly number[]): void {
    this.#reserve(24 + ids.length * 12);
    const b = this.#buf;
    let p = this.#pos;
    const empty = ids.length === 0;
    b.writeInt32BE(empty ? 12 : 20 + ids.length * 12, p);
    b.writeInt32BE(empty ? 0 : 1, p + 4);
    b.writeInt32BE(0, p + 8);
    b.writeInt32BE(INT8_OID, p + 12);
    p += 16;
    if (!empty) {
      b.writeInt32BE(ids.length, p);
      b.writeInt32BE(1, p + 4);
      p += 8;
      for (const id of ids) {
        const hi = Math.floor(id / TWO_32);
        b.writeInt32BE(8, p);
        b.writeInt32BE(hi, p + 4);
        b.writeUInt32BE(id - hi * TWO_32, p + 8);
        p += 12;
      }
    }
    this.#pos = p;
  }
}

/** Taken tuples as a whole COPY binary file: header, tuples, trailer. */
export function copyFile(tuples: Uint8Array): Buffer {
  return Buffer.concat([HEADER, tuples, TRAILER]);
}
