/**
 * The in-memory credit index of one server process: every published measure, looked up by the
 * subject's ID number or credit code at the rate agencies check (architecture.md "Scale": checks
 * never query the database). Pure data structure, no I/O; the sync loop feeds it.
 *
 * Layout (each file says more):
 * - subjects in two Robin Hood tables, persons and organisations: the keys, probed alone, and at
 *   the same slot of a parallel array the subject's first measure (subject-table.ts), so a
 *   check of a listed subject with one measure reads its key's cache line and one more;
 * - each further measure of a subject in a 20-byte record (measure-records.ts), chained from the
 *   subject's first measure through a small map (first measureId → first further record; the
 *   slot's HAS_MORE bit says to look), so that slots stay small; the chain's last record points
 *   back at the slot, so `remove` finds the subject;
 * - measureId → slot or record in a 4-byte-slot table (measure-id-map.ts);
 * - the rare values that do not pack (boundTo, out-of-range numbers) in side tables.
 */
import type { MeasureKind, Scenario } from '@zhixing/domain';
import type { DecodedMeasure } from './credit-match.js';
import { INLINE, INLINE_ORGANISATION, MeasureIdMap } from './measure-id-map.js';
import { MeasureRecords, NEXT, ORGANISATION_BIT, STRIDE, TAIL, measureProblem } from './measure-records.js';
import type { IndexedMeasure } from './measure-records.js';
import { nameHash } from './name-hash.js';
import { SCENARIO_MASKS, kindsOfMask } from './scenario-masks.js';
import { KEY_MALFORMED, KEY_OK, KEY_WORDS_OUT, formatSubjectKey, parseOrganisationKey, parsePersonKey, parseSubjectKey } from './subject-key.js';
import type { SubjectKind } from './subject-key.js';
import { BODY_WORDS, HAS_MORE, SubjectTable } from './subject-table.js';
import { IntMap } from './int-map.js';

export type CheckResult =
  | { readonly ok: true; readonly decision: 'allow' | 'deny'; readonly matched: readonly DecodedMeasure[]; readonly nameMatches: boolean | null }
  | { readonly ok: false; readonly error: 'malformed' | 'badCheckChar' };

export interface CreditIndexOptions {
  /**
   * Sizes to allocate for up front (subjects at `reserveLoad`), e.g. the counts of the snapshot
   * about to be loaded, so loading never re-hashes. Without subject counts, 0.8 × measures
   * persons and 0.25 × measures organisations are assumed.
   */
  expected?: ExpectedSizes;
  /** Load factor at which a subject table grows by half (default 0.9; the measureId map: 0.95). */
  maxLoad?: number;
  /** Load factor the expected subjects are allocated at (default 0.8; the measureId map: 0.9). */
  reserveLoad?: number;
}

export interface ExpectedSizes {
  measures: number;
  persons?: number;
  organisations?: number;
}

/** Sizes and memory of each part, for the benchmark and for monitoring. */
export interface CreditIndexLayout {
  persons: { count: number; capacity: number; load: number; bytes: number };
  organisations: { count: number; capacity: number; load: number; bytes: number };
  /** Measures beyond each subject's first, and the map to the first of them. */
  records: { count: number; capacity: number; bytes: number; firstMapBytes: number };
  measureIds: { count: number; capacity: number; load: number; bytes: number };
  sideTablesBytes: number;
}

const EMPTY: readonly DecodedMeasure[] = Object.freeze([]);
const MALFORMED: CheckResult = Object.freeze({ ok: false, error: 'malformed' });
const BAD_CHECK_CHAR: CheckResult = Object.freeze({ ok: false, error: 'badCheckChar' });
// Allow answers are shared constants: the allow path allocates nothing at all.
const ALLOW_UNNAMED: CheckResult = Object.freeze({ ok: true, decision: 'allow', matched: EMPTY, nameMatches: null });
const ALLOW_NAME_MATCHES: CheckResult = Object.freeze({ ok: true, decision: 'allow', matched: EMPTY, nameMatches: true });
const ALLOW_NAME_DIFFERS: CheckResult = Object.freeze({ ok: true, decision: 'allow', matched: EMPTY, nameMatches: false });
const SLOT_MASK = 0x3fff_ffff;

/** Does the body with packed words w3, w4 block under the scenario mask? */
function blocksUnder(mask: number, w3: number, w4: number): boolean {
  return (mask & (1 << ((w3 >>> 30) * 8 + (w4 & 7)))) !== 0;
}

export class CreditIndex {
  readonly #options: CreditIndexOptions;
  readonly #key = new Uint32Array(KEY_WORDS_OUT);
  readonly #personEntry = new Uint32Array(6);
  readonly #organisationEntry = new Uint32Array(7);
  #records!: MeasureRecords;
  /** The rulebook mask of the scenario checked last (agencies mostly check one scenario). */
  #lastScenario: Scenario | null = null;
  #lastMask = 0;
  /** First measureId of a subject with several → its first further record. */
  #more!: IntMap;
  #ids!: MeasureIdMap;
  #persons!: SubjectTable;
  #organisations!: SubjectTable;
  #version = 0;

  constructor(options: CreditIndexOptions = {}) {
    this.#options = options;
    this.#allocate(options.expected ?? { measures: 0 });
  }

  /**
   * Changes with every add, removal and clear: what a caller derived from the index's measures
   * (the runtime's answer views) is valid while it stays the same.
   */
  get version(): number {
    return this.#version;
  }

  /** Number of measures. */
  get entries(): number {
    return this.#ids.size;
  }

  /** Number of distinct subjects (persons and organisations). */
  get subjects(): number {
    return this.#persons.size + this.#organisations.size;
  }

  /** Adds a measure, or replaces the measure with the same id. Throws RangeError for invalid input. */
  add(m: IndexedMeasure): void {
    const problem = measureProblem(m);
    if (problem !== null) throw new RangeError(`measure ${String(m.measureId)}: ${problem}`);
    const key = this.#key;
    const status = parseSubjectKey(m.subjectKind, m.subjectId, key);
    if (status !== KEY_OK) throw new RangeError(`measure ${String(m.measureId)}: subjectId is ${status === KEY_MALFORMED ? 'malformed' : 'wrong in its check character'}`);
    if (this.#ids.get(m.measureId) >= 0) this.remove(m.measureId);
    this.#version++;
    const organisation = m.subjectKind === 'organisation';
    const table = organisation ? this.#organisations : this.#persons;
    const hashOfName = nameHash(m.name);
    const slot = table.find(key);
    if (slot < 0) {
      const entry = organisation ? this.#organisationEntry : this.#personEntry;
      entry.fill(0);
      entry.set(key.subarray(0, table.keyWords));
      this.#records.encode(m, hashOfName, entry, table.keyWords);
      entry[table.keyWords] = m.measureId;
      const placed = table.insert(entry);
      this.#ids.set(m.measureId, inline(organisation, placed));
    } else {
      const r = this.#records.alloc();
      const rw = this.#records.words;
      this.#records.encode(m, hashOfName, rw, r * STRIDE);
      const first = this.#firstMore(table, slot);
      rw[r * STRIDE + NEXT] = first < 0 ? (TAIL | slot) >>> 0 : first;
      this.#setFirstMore(table, slot, r);
      this.#ids.set(m.measureId, r + 1);
    }
  }

  /** Removes a measure; false when it was not in the index. */
  remove(measureId: number): boolean {
    const location = this.#ids.delete(measureId);
    if (location < 0) return false;
    this.#version++;
    const rw = this.#records.words;
    if (location >= INLINE) {
      const table = (location & INLINE_ORGANISATION) !== 0 ? this.#organisations : this.#persons;
      const slot = location & SLOT_MASK;
      const bodies = table.bodies;
      const b = slot * BODY_WORDS;
      this.#records.forget(bodies, b);
      const r = this.#firstMore(table, slot);
      if (r < 0) {
        table.removeAt(slot);
        return true;
      }
      // The subject's next measure moves from its record into the slot.
      this.#more.delete(measureId);
      const promoted = rw[r * STRIDE]! & 0x7fff_ffff;
      bodies.set(rw.subarray(r * STRIDE, r * STRIDE + 4), b);
      const next = rw[r * STRIDE + NEXT]!;
      // Rewrites the slot's id word: the promoted id, with HAS_MORE when more records follow.
      this.#setFirstMore(table, slot, next >= TAIL ? -1 : next);
      this.#ids.relocate(promoted, r + 1, location);
      this.#records.release(r);
      return true;
    }
    const r = location - 1;
    this.#records.forget(rw, r * STRIDE);
    let tail = r;
    while (rw[tail * STRIDE + NEXT]! < TAIL) tail = rw[tail * STRIDE + NEXT]!;
    const slot = rw[tail * STRIDE + NEXT]! - TAIL;
    const table = (rw[r * STRIDE]! & ORGANISATION_BIT) !== 0 ? this.#organisations : this.#persons;
    const next = rw[r * STRIDE + NEXT]!;
    const first = this.#firstMore(table, slot);
    if (first === r) {
      this.#setFirstMore(table, slot, next >= TAIL ? -1 : next);
    } else {
      let p = first;
      while (rw[p * STRIDE + NEXT] !== r) p = rw[p * STRIDE + NEXT]!;
      rw[p * STRIDE + NEXT] = next;
    }
    this.#records.release(r);
    return true;
  }

  has(measureId: number): boolean {
    return this.#ids.get(measureId) >= 0;
  }

  /** Every measure binding the subject (first added first). Throws RangeError for an invalid number. */
  get(subjectKind: SubjectKind, subjectId: string): DecodedMeasure[] {
    const key = this.#key;
    const status = parseSubjectKey(subjectKind, subjectId, key);
    if (status !== KEY_OK) throw new RangeError(`${String(subjectKind)} number is ${status === KEY_MALFORMED ? 'malformed' : 'wrong in its check character'}`);
    const table = subjectKind === 'person' ? this.#persons : this.#organisations;
    const slot = table.find(key);
    if (slot < 0) return [];
    const canonical = formatSubjectKey(key[0]!, key[1]!, key[2]!);
    const out: DecodedMeasure[] = [this.#records.decode(table.bodies, slot * BODY_WORDS, subjectKind, canonical)];
    const rw = this.#records.words;
    for (let n = this.#firstMore(table, slot); n >= 0; ) {
      out.push(this.#records.decode(rw, n * STRIDE, subjectKind, canonical));
      const next = rw[n * STRIDE + NEXT]!;
      n = next >= TAIL ? -1 : next;
    }
    return out;
  }

  /**
   * The hot path: may this subject do this act? Parses the number (malformed / badCheckChar),
   * probes, walks the subject's measures through the rulebook and decodes only the measures that
   * block. `nameMatches` compares `name` with the names recorded on the subject's measures: null
   * when no name is given or the subject is not listed.
   */
  check(subjectKind: SubjectKind, text: string, scenario: Scenario, name?: string): CheckResult {
    let mask = this.#lastMask;
    if (scenario !== this.#lastScenario) {
      const found = SCENARIO_MASKS.get(scenario);
      if (found === undefined) throw new RangeError(`unknown scenario ${String(scenario)}`);
      this.#lastScenario = scenario;
      this.#lastMask = mask = found;
    }
    const key = this.#key;
    let table: SubjectTable;
    let status: number;
    if (subjectKind === 'person') {
      status = parsePersonKey(text, key);
      table = this.#persons;
    } else if (subjectKind === 'organisation') {
      status = parseOrganisationKey(text, key);
      table = this.#organisations;
    } else {
      throw new RangeError(`unknown subject kind ${String(subjectKind)}`);
    }
    if (status !== KEY_OK) return status === KEY_MALFORMED ? MALFORMED : BAD_CHECK_CHAR;
    const slot = table.find(key);
    if (slot < 0) return ALLOW_UNNAMED;
    const s = table.bodies;
    const body = slot * BODY_WORDS;
    const wanted = name === undefined ? 0 : nameHash(name);
    const firstBlocks = blocksUnder(mask, s[body + 2]!, s[body + 3]!);
    let nameSeen = s[body + 1] === wanted;
    let blocking = firstBlocks ? 1 : 0;
    const idWord = s[body]!;
    const more = idWord >= HAS_MORE ? this.#more.get(idWord - HAS_MORE) : -1;
    const rw = this.#records.words;
    for (let r = more; r >= 0; ) {
      const b = r * STRIDE;
      if (blocksUnder(mask, rw[b + 2]!, rw[b + 3]!)) blocking++;
      if (rw[b + 1] === wanted) nameSeen = true;
      const next = rw[b + NEXT]!;
      r = next >= TAIL ? -1 : next;
    }
    const nameMatches = name === undefined ? null : nameSeen;
    if (blocking === 0) return nameMatches === null ? ALLOW_UNNAMED : nameMatches ? ALLOW_NAME_MATCHES : ALLOW_NAME_DIFFERS;
    const subjectId = key[3] === 1 ? text : formatSubjectKey(key[0]!, key[1]!, key[2]!);
    // Most denials have one blocking measure, the first: one exact-size array.
    const matched: DecodedMeasure[] = firstBlocks ? [this.#records.decode(s, body, subjectKind, subjectId)] : [];
    for (let r = more; r >= 0 && matched.length < blocking; ) {
      const b = r * STRIDE;
      if (blocksUnder(mask, rw[b + 2]!, rw[b + 3]!)) matched.push(this.#records.decode(rw, b, subjectKind, subjectId));
      const next = rw[b + NEXT]!;
      r = next >= TAIL ? -1 : next;
    }
    return { ok: true, decision: 'deny', matched, nameMatches };
  }

  /** Calls `fn` once per subject with its canonical number and the kinds of its measures. */
  forEachSubject(fn: (subjectKind: SubjectKind, subjectId: string, kinds: readonly MeasureKind[]) => void): void {
    const key = new Uint32Array(3);
    const rw = this.#records.words;
    for (const [subjectKind, table] of [['person', this.#persons], ['organisation', this.#organisations]] as const) {
      const s = table.bodies;
      for (let slot = 0; slot < table.capacity; slot++) {
        const body = slot * BODY_WORDS;
        if (s[body] === 0) continue;
        let kinds = 1 << (s[body + 2]! >>> 30);
        for (let r = this.#firstMore(table, slot); r >= 0; ) {
          kinds |= 1 << (rw[r * STRIDE + 2]! >>> 30);
          const next = rw[r * STRIDE + NEXT]!;
          r = next >= TAIL ? -1 : next;
        }
        table.key(slot, key);
        fn(subjectKind, formatSubjectKey(key[0]!, key[1]!, key[2]!), kindsOfMask(kinds));
      }
    }
  }

  /** Grows the tables so that the given sizes fit without re-hashing (never shrinks). */
  reserve(expected: ExpectedSizes): void {
    const sizes = this.#sizes(expected);
    if (sizes.persons > this.#persons.capacity) this.#persons.resize(sizes.persons);
    if (sizes.organisations > this.#organisations.capacity) this.#organisations.resize(sizes.organisations);
    if (sizes.ids > this.#ids.capacity) this.#ids.resize(sizes.ids);
  }

  /** Bytes held: every typed array's length plus an estimate of the side tables. */
  memoryBytes(): number {
    const l = this.layout();
    return l.persons.bytes + l.organisations.bytes + l.records.bytes + l.records.firstMapBytes + l.measureIds.bytes + l.sideTablesBytes;
  }

  layout(): CreditIndexLayout {
    const table = (t: SubjectTable) => ({ count: t.size, capacity: t.capacity, load: t.size / t.capacity, bytes: t.byteLength });
    return {
      persons: table(this.#persons),
      organisations: table(this.#organisations),
      records: { count: this.#records.count, capacity: this.#records.capacity, bytes: this.#records.words.byteLength, firstMapBytes: this.#more.byteLength },
      measureIds: { count: this.#ids.size, capacity: this.#ids.capacity, load: this.#ids.size / this.#ids.capacity, bytes: this.#ids.slots.byteLength },
      sideTablesBytes: this.#records.sideTableBytes(),
    };
  }

  /** Longest Robin Hood probe distance in each subject table (diagnostics; scans the tables). */
  maxProbeDistance(): { persons: number; organisations: number } {
    return { persons: this.#persons.maxDistance(), organisations: this.#organisations.maxDistance() };
  }

  /** Problems with the index's invariants (tests): tables, chains' back links, the id map. */
  problems(): string[] {
    const out = [...this.#persons.problems(), ...this.#organisations.problems()];
    const rw = this.#records.words;
    let measures = 0;
    let flagged = 0;
    for (const [organisation, table] of [[false, this.#persons], [true, this.#organisations]] as const) {
      for (let slot = 0; slot < table.capacity; slot++) {
        const b = slot * BODY_WORDS;
        const id = table.bodies[b]! & 0x7fff_ffff;
        if (id === 0) continue;
        measures++;
        if (table.bodies[b]! >= HAS_MORE) {
          flagged++;
          if (this.#more.get(id) < 0) out.push(`measure ${String(id)}: flagged with more, none mapped`);
        }
        if (this.#ids.get(id) !== inline(organisation, slot)) out.push(`measure ${String(id)}: id map does not point at slot ${String(slot)}`);
        for (let r = this.#firstMore(table, slot); r >= 0; ) {
          measures++;
          const rid = rw[r * STRIDE]! & 0x7fff_ffff;
          if (this.#ids.get(rid) !== r + 1) out.push(`measure ${String(rid)}: id map does not point at record ${String(r)}`);
          const next = rw[r * STRIDE + NEXT]!;
          if (next >= TAIL && next - TAIL !== slot) out.push(`record ${String(r)}: back link ${String(next - TAIL)}, subject at ${String(slot)}`);
          r = next >= TAIL ? -1 : next;
        }
      }
    }
    if (measures !== this.#ids.size) out.push(`${String(measures)} measures reachable, ${String(this.#ids.size)} ids`);
    if (measures !== this.subjects + this.#records.count) out.push(`${String(measures)} measures reachable, ${String(this.subjects)} subjects + ${String(this.#records.count)} records`);
    if (this.#more.size !== flagged) out.push(`first-record map has ${String(this.#more.size)} entries, ${String(flagged)} subjects have more`);
    return out;
  }

  /** Empties the index (back to the sizes it was constructed for). */
  clear(): void {
    this.#allocate(this.#options.expected ?? { measures: 0 });
  }

  #sizes(expected: ExpectedSizes): { persons: number; organisations: number; records: number; ids: number } {
    const load = this.#options.reserveLoad ?? 0.8;
    const persons = expected.persons ?? Math.ceil(expected.measures * 0.8);
    const organisations = expected.organisations ?? Math.ceil(expected.measures * 0.25);
    const records = expected.persons !== undefined && expected.organisations !== undefined ? expected.measures - persons - organisations : expected.measures * 0.15;
    // Records get 2% headroom: numbers that turn out to repeat make a few more further measures.
    return { persons: persons / load, organisations: organisations / load, records: Math.max(16, records * 1.02), ids: expected.measures / Math.max(load, 0.9) };
  }

  #allocate(expected: ExpectedSizes): void {
    this.#version++;
    const maxLoad = this.#options.maxLoad ?? 0.9;
    const sizes = this.#sizes(expected);
    this.#records = new MeasureRecords(sizes.records);
    this.#more = new IntMap();
    this.#ids = new MeasureIdMap((location) => this.#idAt(location), sizes.ids, Math.max(maxLoad, 0.95));
    const tableOf = (organisation: boolean, keyWords: 2 | 3, capacity: number): SubjectTable => {
      const table: SubjectTable = new SubjectTable({
        keyWords,
        capacity,
        maxLoad,
        onMove: (from, to) => this.#moved(table, organisation, from, to),
        onRehash: (old) => this.#rehashed(table, organisation, old),
      });
      return table;
    };
    this.#persons = tableOf(false, 2, sizes.persons);
    this.#organisations = tableOf(true, 3, sizes.organisations);
  }

  /** The measureId at a location (for the id map, which keeps no keys). */
  #idAt(location: number): number {
    if (location < INLINE) return this.#records.words[(location - 1) * STRIDE]! & 0x7fff_ffff;
    const table = (location & INLINE_ORGANISATION) !== 0 ? this.#organisations : this.#persons;
    return table.bodies[(location & SLOT_MASK) * BODY_WORDS]! & 0x7fff_ffff;
  }

  /** A subject moved from slot `from` to `to`: its first measure's location and its chain's back link follow. */
  #moved(table: SubjectTable, organisation: boolean, from: number, to: number): void {
    this.#ids.relocate(table.bodies[to * BODY_WORDS]! & 0x7fff_ffff, inline(organisation, from), inline(organisation, to));
    const first = this.#firstMore(table, to);
    if (first >= 0) this.#pointTail(first, to);
  }

  /** Every subject of a table moved: the id map's locations into it and the chains' back links follow. */
  #rehashed(table: SubjectTable, organisation: boolean, old: Uint32Array): void {
    const key = new Uint32Array(3);
    const tag = inline(organisation, 0);
    this.#ids.remap((location) => {
      if (location < INLINE || (location & ~SLOT_MASK) >>> 0 !== tag) return location;
      table.key(location & SLOT_MASK, key, old);
      return inline(organisation, table.find(key));
    });
    for (let slot = 0; slot < table.capacity; slot++) {
      const first = this.#firstMore(table, slot);
      if (first >= 0) this.#pointTail(first, slot);
    }
  }

  /** The first further record of the subject in `slot`, or −1. */
  #firstMore(table: SubjectTable, slot: number): number {
    const idWord = table.bodies[slot * BODY_WORDS]!;
    return idWord >= HAS_MORE ? this.#more.get(idWord - HAS_MORE) : -1;
  }

  /** Links the subject in `slot` to its first further record (−1: it has none). */
  #setFirstMore(table: SubjectTable, slot: number, record: number): void {
    const at = slot * BODY_WORDS;
    const measureId = table.bodies[at]! & 0x7fff_ffff;
    if (record < 0) {
      this.#more.delete(measureId);
      table.bodies[at] = measureId;
    } else {
      this.#more.set(measureId, record);
      table.bodies[at] = (measureId | HAS_MORE) >>> 0;
    }
  }

  #pointTail(record: number, slot: number): void {
    const rw = this.#records.words;
    let r = record;
    while (rw[r * STRIDE + NEXT]! < TAIL) r = rw[r * STRIDE + NEXT]!;
    rw[r * STRIDE + NEXT] = (TAIL | slot) >>> 0;
  }
}

function inline(organisation: boolean, slot: number): number {
  return (INLINE | (organisation ? INLINE_ORGANISATION : 0) | slot) >>> 0;
}
