/**
 * A measure as the index answers it. A match is built on every deny, so it copies the record's
 * packed words (it stays valid after the index changes) and decodes a field only when it is read:
 * a deny costs one small object, and an answer pays for the fields it shows. `toJSON` gives the
 * plain object.
 */
import { CASE_TYPES, CASE_TYPE_CODES, MEASURE_KINDS, SUBJECT_ROLES } from '@zhixing/domain';
import type { CaseNumberParts, CivilDate, MeasureKind, SubjectKind, SubjectRole } from '@zhixing/domain';

/** A measure as the index answers it: everything but the name, which it does not keep. */
export interface DecodedMeasure {
  readonly measureId: number;
  readonly subjectKind: SubjectKind;
  readonly subjectId: string;
  readonly kind: MeasureKind;
  readonly role: SubjectRole;
  readonly caseNumber: CaseNumberParts;
  /** The case number in its official form, e.g. （2026）辽0202执123号. */
  readonly caseNumberText: string;
  readonly courtId: string;
  readonly since: CivilDate;
  readonly boundTo: string | null;
}

/** Case year, sequence, court and date of a record whose values did not fit its packed fields. */
export interface Unpacked {
  readonly year: number;
  readonly sequence: number;
  readonly court: number;
  readonly sinceDay: number;
}

/** The index's append-only tables a match decodes against. */
export interface MatchTables {
  courtCode(court: number): string;
  courtId(court: number): string;
  /** The date `day` days after 1990-01-01. */
  date(day: number): CivilDate;
}

const SEQUENCE_MASK = (1 << 20) - 1;
const YEAR_BASE = 1990;

export class CreditMatch implements DecodedMeasure {
  readonly measureId: number;
  readonly subjectKind: SubjectKind;
  readonly subjectId: string;
  readonly boundTo: string | null;
  readonly #w3: number;
  readonly #w4: number;
  readonly #unpacked: Unpacked | undefined;
  readonly #tables: MatchTables;

  constructor(measureId: number, subjectKind: SubjectKind, subjectId: string, boundTo: string | null, w3: number, w4: number, unpacked: Unpacked | undefined, tables: MatchTables) {
    this.measureId = measureId;
    this.subjectKind = subjectKind;
    this.subjectId = subjectId;
    this.boundTo = boundTo;
    this.#w3 = w3;
    this.#w4 = w4;
    this.#unpacked = unpacked;
    this.#tables = tables;
  }

  get kind(): MeasureKind {
    return MEASURE_KINDS[this.#w3 >>> 30]!;
  }

  get role(): SubjectRole {
    return SUBJECT_ROLES[this.#w4 & 7]!;
  }

  get caseNumber(): CaseNumberParts {
    const u = this.#unpacked;
    return {
      year: u ? u.year : YEAR_BASE + ((this.#w3 >>> 20) & 127),
      courtCode: this.#tables.courtCode(this.#court()),
      caseType: CASE_TYPES[(this.#w3 >>> 27) & 7]!,
      sequence: u ? u.sequence : this.#w3 & SEQUENCE_MASK,
    };
  }

  get caseNumberText(): string {
    const c = this.caseNumber;
    return `（${String(c.year)}）${c.courtCode}${CASE_TYPE_CODES[c.caseType]}${String(c.sequence)}号`;
  }

  get courtId(): string {
    return this.#tables.courtId(this.#court());
  }

  get since(): CivilDate {
    return this.#tables.date(this.#unpacked ? this.#unpacked.sinceDay : this.#w4 >>> 16);
  }

  toJSON(): DecodedMeasure {
    const { measureId, subjectKind, subjectId, kind, role, caseNumber, caseNumberText, courtId, since, boundTo } = this;
    return { measureId, subjectKind, subjectId, kind, role, caseNumber, caseNumberText, courtId, since, boundTo };
  }

  #court(): number {
    return this.#unpacked ? this.#unpacked.court : (this.#w4 >>> 3) & 0x1fff;
  }
}
