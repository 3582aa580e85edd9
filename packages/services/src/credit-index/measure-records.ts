/**
 * How a measure is packed. Its body is four uint32 words, kept at its subject's slot (in the
 * subject table's body array, subject-table.ts) for the subject's first measure and in a 20-byte
 * record (body + chain link) for each further one:
 *
 * | word | bits                                                                            |
 * | ---- | ------------------------------------------------------------------------------- |
 * | id   | measureId (31) · top bit: in a record, organisation; in a slot, HAS_MORE; 0: free |
 * | name | 32-bit hash of the recorded name ({@link nameHash})                              |
 * | w3   | case sequence (20) · case year − 1990 (7) · case type (3) · measure kind (2)     |
 * | w4   | role (3) · court (13, into the court table) · since, days after 1990-01-01 (16)  |
 * | next | (records only) next record of the subject, or TAIL · the subject's slot          |
 *
 * Values outside those ranges (a sequence of 2^20 or more, a year after 2117, more than 8,191
 * courts, a date outside 1990–2169) are kept exactly in a side map and the body's sequence field
 * is 0 (sequences start at 1). `boundTo` — rare — lives in a side table (bound-names.ts). Both
 * side tables are keyed by measureId, which never moves.
 */
import { CASE_TYPES, MEASURE_KINDS, SUBJECT_ROLES, fromDayNumber, isCivilDate, toDayNumber } from '@zhixing/domain';
import type { CaseNumberParts, CivilDate, MeasureKind, SubjectKind, SubjectRole } from '@zhixing/domain';
import { BoundNames } from './bound-names.js';
import { CreditMatch } from './credit-match.js';
import type { MatchTables, Unpacked } from './credit-match.js';

/** Words of a record: the body, then `next`. */
export const STRIDE = 5;
export const NEXT = 4;
/** In `next`: the record is the last of its chain and the low 31 bits are the subject's slot. */
export const TAIL = 0x8000_0000;
/** In the id word: the measure binds an organisation. */
export const ORGANISATION_BIT = 0x8000_0000;

const EPOCH_DAY = toDayNumber('1990-01-01');
const SEQUENCE_LIMIT = 1 << 20;
const YEAR_BASE = 1990;
const YEAR_LIMIT = 128;
const COURT_LIMIT = 1 << 13;
const CASE_TYPE_INDEX: ReadonlyMap<string, number> = new Map(CASE_TYPES.map((t, i) => [t, i]));
const KIND_INDEX: ReadonlyMap<string, number> = new Map(MEASURE_KINDS.map((k, i) => [k, i]));
const ROLE_INDEX: ReadonlyMap<string, number> = new Map(SUBJECT_ROLES.map((k, i) => [k, i]));

/** One published measure binding one subject, as the sync loop hands it to the index. */
export interface IndexedMeasure {
  /** Positive integer below 2^31, unique: the id of the measure-subject row. */
  measureId: number;
  subjectKind: SubjectKind;
  /** A valid 18-character resident ID number or credit code. */
  subjectId: string;
  /** The subject's name as recorded; only its hash is kept, for the name cross-check. */
  name: string;
  kind: MeasureKind;
  role: SubjectRole;
  caseNumber: CaseNumberParts;
  courtId: string;
  since: CivilDate;
  /** For a bound person, the organisation's name; otherwise null. */
  boundTo: string | null;
}

/** Checks the fields of a measure the type system cannot (the feed is JSON). */
export function measureProblem(m: IndexedMeasure): string | null {
  if (!Number.isInteger(m.measureId) || m.measureId < 1 || m.measureId >= 2 ** 31) return `measureId ${String(m.measureId)} is not an integer in 1..2^31-1`;
  if (m.subjectKind !== 'person' && m.subjectKind !== 'organisation') return `unknown subject kind ${String(m.subjectKind)}`;
  if (!KIND_INDEX.has(m.kind)) return `unknown measure kind ${String(m.kind)}`;
  if (!ROLE_INDEX.has(m.role)) return `unknown role ${String(m.role)}`;
  const c = m.caseNumber;
  if (typeof c !== 'object' || c === null) return 'caseNumber must be an object';
  if (!Number.isSafeInteger(c.year) || c.year < 1) return `bad case year ${String(c.year)}`;
  if (!Number.isSafeInteger(c.sequence) || c.sequence < 1) return `bad case sequence ${String(c.sequence)}`;
  if (!CASE_TYPE_INDEX.has(c.caseType)) return `unknown case type ${String(c.caseType)}`;
  if (typeof c.courtCode !== 'string' || typeof m.courtId !== 'string') return 'court code and court id must be strings';
  if (typeof m.name !== 'string') return 'name must be a string';
  if (m.boundTo !== null && typeof m.boundTo !== 'string') return 'boundTo must be a string or null';
  return null;
}

/** The further measures' records, and the codec and side tables of every measure body. */
export class MeasureRecords {
  words: Uint32Array;
  /** Records ever handed out (the high-water mark); free ones below it are on the free list. */
  #top = 0;
  #free = -1;
  #count = 0;
  readonly #courtCodes: string[] = [];
  readonly #courtIds: string[] = [];
  readonly #courtRefs = new Map<string, Map<string, number>>();
  readonly #dayOfDate = new Map<string, number>();
  /** Dates written so far, by day after 1990-01-01 (the packed range; others are not cached). */
  readonly #dateOfDay: Array<CivilDate | undefined> = [];
  readonly #overflow = new Map<number, Unpacked>();
  readonly #boundTo = new BoundNames();
  /** Debtors with a boundTo (unusual): while there are none, decoding a debtor skips the lookup. */
  #debtorsBound = 0;
  readonly #tables: MatchTables = {
    courtCode: (court) => this.#courtCodes[court]!,
    courtId: (court) => this.#courtIds[court]!,
    date: (day) => this.#dateOf(day),
  };

  constructor(capacity: number) {
    this.words = new Uint32Array(Math.max(4, Math.ceil(capacity)) * STRIDE);
  }

  /** Records in use. */
  get count(): number {
    return this.#count;
  }

  get capacity(): number {
    return this.words.length / STRIDE;
  }

  /** A free record's index; grows the array by half when full. */
  alloc(): number {
    this.#count++;
    if (this.#free >= 0) {
      const r = this.#free;
      const next = this.words[r * STRIDE + NEXT]!;
      this.#free = next === 0 ? -1 : next - 1;
      return r;
    }
    if (this.#top === this.capacity) {
      const grown = new Uint32Array(Math.ceil(this.capacity * 1.5) * STRIDE);
      grown.set(this.words);
      this.words = grown;
    }
    return this.#top++;
  }

  release(r: number): void {
    const base = r * STRIDE;
    this.words.fill(0, base, base + STRIDE);
    this.words[base + NEXT] = this.#free + 1;
    this.#free = r;
    this.#count--;
  }

  /** Calls `fn` with every record in use. */
  forEach(fn: (r: number) => void): void {
    for (let r = 0; r < this.#top; r++) if (this.words[r * STRIDE] !== 0) fn(r);
  }

  /** Packs a validated measure's body into `out[at..at+4)` and files its side-table values. */
  encode(m: IndexedMeasure, hashOfName: number, out: Uint32Array, at: number): void {
    const c = m.caseNumber;
    const court = this.#courtRef(c.courtCode, m.courtId);
    const sinceDay = this.#dayOf(m.since) - EPOCH_DAY;
    const yearOffset = c.year - YEAR_BASE;
    const packs = c.sequence < SEQUENCE_LIMIT && yearOffset >= 0 && yearOffset < YEAR_LIMIT && court < COURT_LIMIT && sinceDay >= 0 && sinceDay <= 0xffff;
    const role = ROLE_INDEX.get(m.role)!;
    out[at] = (m.measureId | (m.subjectKind === 'organisation' ? ORGANISATION_BIT : 0)) >>> 0;
    out[at + 1] = hashOfName;
    out[at + 2] = ((packs ? c.sequence | (yearOffset << 20) : 0) | (CASE_TYPE_INDEX.get(c.caseType)! << 27) | (KIND_INDEX.get(m.kind)! << 30)) >>> 0;
    out[at + 3] = (role | (packs ? (court << 3) | (sinceDay << 16) : 0)) >>> 0;
    if (!packs) this.#overflow.set(m.measureId, { year: c.year, sequence: c.sequence, court, sinceDay });
    if (m.boundTo !== null) {
      this.#boundTo.set(m.measureId, m.boundTo);
      if (role === 0) this.#debtorsBound++;
    }
  }

  /** Drops the side-table values of a measure whose body is `body[at..at+4)`. */
  forget(body: Uint32Array, at: number): void {
    const measureId = body[at]! & 0x7fff_ffff;
    if (this.#boundTo.size !== 0 && this.#boundTo.delete(measureId) && (body[at + 3]! & 7) === 0) this.#debtorsBound--;
    if ((body[at + 2]! & (SEQUENCE_LIMIT - 1)) === 0) this.#overflow.delete(measureId);
  }

  /** The measure whose body is `body[at..at+4)`, for an answer; `subjectId` is canonical. */
  decode(body: Uint32Array, at: number, subjectKind: SubjectKind, subjectId: string): CreditMatch {
    const w3 = body[at + 2]!;
    const w4 = body[at + 3]!;
    const measureId = body[at]! & 0x7fff_ffff;
    const unpacked = (w3 & (SEQUENCE_LIMIT - 1)) === 0 ? this.#overflow.get(measureId) : undefined;
    const boundTo = (w4 & 7) === 0 && this.#debtorsBound === 0 ? null : this.#boundTo.get(measureId);
    return new CreditMatch(measureId, subjectKind, subjectId, boundTo, w3, w4, unpacked, this.#tables);
  }

  /** Byte estimate of the side tables: ~120 bytes a cached string or map entry, the typed pools exactly. */
  sideTableBytes(): number {
    let bytes = 0;
    for (const [i, code] of this.#courtCodes.entries()) bytes += 120 + 2 * (code.length + this.#courtIds[i]!.length);
    bytes += this.#dayOfDate.size * 120 + this.#dateOfDay.length * 8;
    bytes += this.#overflow.size * 80;
    return bytes + this.#boundTo.byteLength;
  }

  #courtRef(courtCode: string, courtId: string): number {
    let codes = this.#courtRefs.get(courtId);
    if (codes === undefined) this.#courtRefs.set(courtId, (codes = new Map<string, number>()));
    let ref = codes.get(courtCode);
    if (ref === undefined) {
      ref = this.#courtCodes.length;
      this.#courtCodes.push(courtCode);
      this.#courtIds.push(courtId);
      codes.set(courtCode, ref);
    }
    return ref;
  }

  #dayOf(date: CivilDate): number {
    let day = this.#dayOfDate.get(date);
    if (day === undefined) {
      if (typeof date !== 'string' || !isCivilDate(date)) throw new RangeError(`since is not a civil date: ${String(date)}`);
      day = toDayNumber(date);
      this.#dayOfDate.set(date, day);
    }
    return day;
  }

  #dateOf(sinceDay: number): CivilDate {
    if (sinceDay < 0 || sinceDay > 0xffff) return fromDayNumber(EPOCH_DAY + sinceDay);
    let date = this.#dateOfDay[sinceDay];
    if (date === undefined) {
      if (this.#dateOfDay.length === 0) this.#dateOfDay.length = 0x10000;
      date = fromDayNumber(EPOCH_DAY + sinceDay);
      this.#dateOfDay[sinceDay] = date;
    }
    return date;
  }
}
