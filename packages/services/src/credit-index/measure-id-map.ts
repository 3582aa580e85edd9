/**
 * measureId → where the measure lives, for `remove`, `has` and replacing a re-added measure: the
 * sync loop's path, not the check's. One uint32 per slot, the location (0 = empty): a record
 * (record + 1) or a subject slot (INLINE, the table bit and the slot). The key is read through
 * the location (`idAt`), so the map costs 4 bytes a slot. Robin Hood with backward-shift
 * deletion on a fast-range table, like the subject tables.
 *
 * Subject slots move; `relocate` follows a move. It finds the entry by its old location alone
 * (probing from the id's home until that value), because while the subject table reports a chain
 * of moves, locations of entries not yet relocated point at slots that already hold another
 * subject: reading keys through them then would be wrong.
 */
const TWO_TO_MINUS_32 = 2 ** -32;

/** Location of a measure held in a subject slot; bit 30 picks the organisation table. */
export const INLINE = 0x8000_0000;
export const INLINE_ORGANISATION = 0x4000_0000;

function hashId(id: number): number {
  let h = Math.imul(id ^ (id >>> 16), 0x85eb_ca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class MeasureIdMap {
  readonly #idAt: (location: number) => number;
  readonly maxLoad: number;
  slots: Uint32Array;
  capacity: number;
  size = 0;

  constructor(idAt: (location: number) => number, capacity: number, maxLoad: number) {
    this.#idAt = idAt;
    this.maxLoad = maxLoad;
    this.capacity = Math.max(8, Math.ceil(capacity));
    this.slots = new Uint32Array(this.capacity);
  }

  /** The location of a measure, or −1. */
  get(measureId: number): number {
    const slot = this.#find(measureId);
    return slot < 0 ? -1 : this.slots[slot]!;
  }

  /** Adds an id that is not in the map. */
  set(measureId: number, location: number): void {
    if (this.size + 1 > this.capacity * this.maxLoad) this.resize(Math.ceil(this.capacity * 1.5));
    this.size++;
    this.#place(measureId, location);
  }

  /** The measure moved from `from` to `to` (see above). */
  relocate(measureId: number, from: number, to: number): void {
    const s = this.slots;
    let i = this.#home(measureId);
    while (s[i] !== from) if (++i === this.capacity) i = 0;
    s[i] = to;
  }

  /** Removes an id; returns its location, or −1. */
  delete(measureId: number): number {
    const slot = this.#find(measureId);
    if (slot < 0) return -1;
    const s = this.slots;
    const location = s[slot]!;
    let j = slot;
    for (;;) {
      const n = j + 1 === this.capacity ? 0 : j + 1;
      if (s[n] === 0 || this.#distance(n) === 0) break;
      s[j] = s[n]!;
      j = n;
    }
    s[j] = 0;
    this.size--;
    return location;
  }

  resize(capacity: number): void {
    const old = this.slots;
    // Whole slots: reserve() passes expected / load (fractional), and probing wraps at capacity.
    this.capacity = Math.max(Math.ceil(capacity), Math.ceil(this.size / this.maxLoad) + 1);
    this.slots = new Uint32Array(this.capacity);
    for (const v of old) if (v !== 0) this.#place(this.#idAt(v), v);
  }

  /** Rewrites every location in place (the ids, and so the map's order, stay). */
  remap(fn: (location: number) => number): void {
    const s = this.slots;
    for (let i = 0; i < s.length; i++) if (s[i] !== 0) s[i] = fn(s[i]!);
  }

  #home(id: number): number {
    return Math.floor(hashId(id) * this.capacity * TWO_TO_MINUS_32);
  }

  #distance(i: number): number {
    const home = this.#home(this.#idAt(this.slots[i]!));
    return i >= home ? i - home : i + this.capacity - home;
  }

  #find(measureId: number): number {
    const s = this.slots;
    let i = this.#home(measureId);
    for (let d = 0; ; d++) {
      const v = s[i]!;
      if (v === 0) return -1;
      if (this.#idAt(v) === measureId) return i;
      if (this.#distance(i) < d) return -1;
      if (++i === this.capacity) i = 0;
    }
  }

  #place(measureId: number, location: number): void {
    const s = this.slots;
    let i = this.#home(measureId);
    let carry = location;
    for (let d = 0; ; d++) {
      const v = s[i]!;
      if (v === 0) {
        s[i] = carry;
        return;
      }
      const od = this.#distance(i);
      if (od < d) {
        s[i] = carry;
        carry = v;
        d = od;
      }
      if (++i === this.capacity) i = 0;
    }
  }
}
