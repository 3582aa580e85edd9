/**
 * The subjects of the credit index: an open-addressing hash table of subject keys, with the
 * subject's first measure in a parallel array at the same slot. A probe reads only the keys —
 * 8 bytes a slot for persons, 12 for organisations, so a whole probe sequence usually sits in one
 * cache line, as in a bare key table — and a hit then reads the 16-byte body of the first measure
 * (measureId, name hash, two packed words; measure-records.ts) at the same index: no pointer to
 * chase, no record of its own. A slot is free when its occupancy word is 0: a person key's first
 * word always holds the birth month and day, an organisation key's last word the tag bit.
 * The top bit of the body's measureId word, HAS_MORE, says the subject has further measures
 * (found by the owner).
 *
 * Robin Hood linear probing with backward-shift deletion, on a fast-range table:
 * - Robin Hood keeps probe sequences short and even at a high load factor, and a miss stops as
 *   soon as it meets an entry closer to its home than the probe is to ours — half the checks are
 *   misses.
 * - Backward-shift deletion leaves no tombstones: lookups never slow down under churn and no
 *   periodic rebuild (which would stall the process) is needed.
 * - Fast range (home = ⌊hash · capacity / 2^32⌋) instead of a power of two sizes the table to
 *   the load factor rather than doubling it, which is worth up to 2× the table's memory.
 * The distance from home is kept in the unused top bits of the last key word (7 bits for persons,
 * 6 for organisations; a saturated value is recomputed from the hash), so probing past an entry
 * costs a shift, not a hash.
 *
 * Entries move. After each insertion or deletion the owner hears `onMove(from, to)` for every
 * moved entry, in an order in which each target slot's previous entry has already been moved on;
 * after a resize it hears `onRehash(oldKeys)` once.
 */
import { hashKey } from './subject-key.js';

const TWO_TO_MINUS_32 = 2 ** -32;
const DISTANCE_SHIFT = 25;
/** Words of the first measure's body, per slot of `bodies`. */
export const BODY_WORDS = 4;
/** In a body's measureId word: the subject has further measures. */
export const HAS_MORE = 0x8000_0000;

export interface SubjectTableOptions {
  keyWords: 2 | 3;
  capacity: number;
  maxLoad: number;
  onMove: (from: number, to: number) => void;
  onRehash: (oldKeys: Uint32Array) => void;
}

export class SubjectTable {
  readonly keyWords: 2 | 3;
  /** Words of an entry handed to `insert`: the key, then the body. */
  readonly entryWords: number;
  readonly maxLoad: number;
  readonly #onMove: (from: number, to: number) => void;
  readonly #onRehash: (oldKeys: Uint32Array) => void;
  readonly #distanceMax: number;
  /** The last key word's bits without the distance. */
  readonly #keyMask: number;
  /** Key word that is never 0 in an occupied slot. */
  readonly #occupiedAt: number;
  readonly #carry: Uint32Array;
  readonly #swap: Uint32Array;
  readonly #moves: number[] = [];
  /** Where `find` drops its early load of the home body (a store the compiler cannot drop). */
  touched = 0;
  keys: Uint32Array;
  bodies: Uint32Array;
  capacity: number;
  size = 0;

  constructor(options: SubjectTableOptions) {
    this.keyWords = options.keyWords;
    this.entryWords = options.keyWords + BODY_WORDS;
    this.maxLoad = options.maxLoad;
    this.#onMove = options.onMove;
    this.#onRehash = options.onRehash;
    this.#distanceMax = options.keyWords === 2 ? 0x7f : 0x3f;
    this.#keyMask = ~(this.#distanceMax << DISTANCE_SHIFT) >>> 0;
    this.#occupiedAt = options.keyWords === 2 ? 0 : 2;
    this.#carry = new Uint32Array(this.entryWords);
    this.#swap = new Uint32Array(this.entryWords);
    this.capacity = Math.max(8, Math.ceil(options.capacity));
    this.keys = new Uint32Array(this.capacity * this.keyWords);
    this.bodies = new Uint32Array(this.capacity * BODY_WORDS);
  }

  get byteLength(): number {
    return this.keys.byteLength + this.bodies.byteLength;
  }

  /** The slot holding the key `key[0..3)` (read here, so the words are never boxed as arguments), or −1. */
  find(key: Uint32Array): number {
    const k0 = key[0]!;
    const k1 = key[1]!;
    const k2 = key[2]!;
    const s = this.keys;
    const cap = this.capacity;
    const max = this.#distanceMax;
    const keyMask = this.#keyMask;
    let i = Math.floor(hashKey(k0, k1, k2) * cap * TWO_TO_MINUS_32);
    // Touch the body at the home slot now: its cache line (four bodies) usually holds the one a
    // hit will read, and the load then overlaps the key probe instead of following it.
    this.touched = this.bodies[i * BODY_WORDS]!;
    if (this.keyWords === 2) {
      for (let d = 0; ; d++) {
        const b = i * 2;
        const w0 = s[b]!;
        if (w0 === 0) return -1;
        const w1 = s[b + 1]!;
        if (w0 === k0 && ((w1 & keyMask) >>> 0) === k1) return i;
        const stored = (w1 >>> DISTANCE_SHIFT) & max;
        if ((stored === max ? this.#distance(i) : stored) < d) return -1;
        if (++i === cap) i = 0;
      }
    }
    for (let d = 0; ; d++) {
      const b = i * 3;
      const w2 = s[b + 2]!;
      if (w2 === 0) return -1;
      if (s[b] === k0 && s[b + 1] === k1 && ((w2 & keyMask) >>> 0) === k2) return i;
      const stored = (w2 >>> DISTANCE_SHIFT) & max;
      if ((stored === max ? this.#distance(i) : stored) < d) return -1;
      if (++i === cap) i = 0;
    }
  }

  /**
   * Adds an entry whose key is not in the table: `entry` holds the key (without distance bits)
   * and the body. Returns its slot. May re-hash (grow) first.
   */
  insert(entry: Uint32Array): number {
    if (this.size + 1 > this.capacity * this.maxLoad) this.resize(Math.ceil(this.capacity * 1.5));
    this.size++;
    const moves = this.#moves;
    moves.length = 0;
    const placed = this.#place(entry, moves);
    // Last moved first: each entry's target was vacated by the one reported before it.
    for (let m = moves.length - 2; m >= 0; m -= 2) this.#onMove(moves[m]!, moves[m + 1]!);
    return placed;
  }

  /** Empties a slot and shifts the entries after it back towards their homes. */
  removeAt(slot: number): void {
    const kw = this.keyWords;
    const cap = this.capacity;
    let j = slot;
    for (;;) {
      const n = j + 1 === cap ? 0 : j + 1;
      if (!this.#occupied(n)) break;
      const distance = this.#storedDistance(n);
      if (distance === 0) break;
      this.keys.copyWithin(j * kw, n * kw, n * kw + kw);
      this.bodies.copyWithin(j * BODY_WORDS, n * BODY_WORDS, n * BODY_WORDS + BODY_WORDS);
      this.#setDistance(j, distance - 1);
      this.#onMove(n, j);
      j = n;
    }
    this.keys.fill(0, j * kw, j * kw + kw);
    this.bodies.fill(0, j * BODY_WORDS, j * BODY_WORDS + BODY_WORDS);
    this.size--;
  }

  isOccupied(slot: number): boolean {
    return this.#occupied(slot);
  }

  /** Key words of an occupied slot (of this table, or of `keys` laid out like it) without the distance bits. */
  key(slot: number, out: Uint32Array, keys: Uint32Array = this.keys): void {
    const b = slot * this.keyWords;
    out[0] = keys[b]!;
    if (this.keyWords === 2) {
      out[1] = (keys[b + 1]! & this.#keyMask) >>> 0;
      out[2] = 0;
    } else {
      out[1] = keys[b + 1]!;
      out[2] = (keys[b + 2]! & this.#keyMask) >>> 0;
    }
  }

  /** Problems with the table's invariants (tests): stored distances, Robin Hood order, size. */
  problems(): string[] {
    const out: string[] = [];
    let size = 0;
    for (let i = 0; i < this.capacity; i++) {
      if (!this.#occupied(i)) continue;
      size++;
      const real = this.#distance(i);
      const stored = (this.keys[i * this.keyWords + this.keyWords - 1]! >>> DISTANCE_SHIFT) & this.#distanceMax;
      if (stored !== Math.min(real, this.#distanceMax)) out.push(`slot ${String(i)}: stored distance ${String(stored)}, real ${String(real)}`);
      const previous = i === 0 ? this.capacity - 1 : i - 1;
      if (real > 0 && (!this.#occupied(previous) || this.#distance(previous) < real - 1)) out.push(`slot ${String(i)}: not reachable from its home`);
      if (this.bodies[i * BODY_WORDS] === 0) out.push(`slot ${String(i)}: key without a measure`);
    }
    if (size !== this.size) out.push(`size ${String(this.size)}, occupied ${String(size)}`);
    return out;
  }

  /** Longest probe distance in the table (diagnostics and tests). */
  maxDistance(): number {
    let max = 0;
    for (let i = 0; i < this.capacity; i++) if (this.#occupied(i)) max = Math.max(max, this.#distance(i));
    return max;
  }

  /** Re-hashes into `capacity` slots (at least enough for the current size); then `onRehash(oldKeys)`. */
  resize(capacity: number): void {
    const oldKeys = this.keys;
    const oldBodies = this.bodies;
    const oldCapacity = this.capacity;
    const kw = this.keyWords;
    // Whole slots: reserve() passes expected / load (fractional), and probing wraps at capacity.
    this.capacity = Math.max(Math.ceil(capacity), Math.ceil(this.size / this.maxLoad) + 1);
    this.keys = new Uint32Array(this.capacity * kw);
    this.bodies = new Uint32Array(this.capacity * BODY_WORDS);
    const entry = new Uint32Array(this.entryWords);
    for (let i = 0; i < oldCapacity; i++) {
      if (oldKeys[i * kw + this.#occupiedAt] === 0) continue;
      entry.set(oldKeys.subarray(i * kw, i * kw + kw));
      entry[kw - 1] = (entry[kw - 1]! & this.#keyMask) >>> 0;
      entry.set(oldBodies.subarray(i * BODY_WORDS, i * BODY_WORDS + BODY_WORDS), kw);
      this.#place(entry, null);
    }
    this.#onRehash(oldKeys);
  }

  #occupied(i: number): boolean {
    return this.keys[i * this.keyWords + this.#occupiedAt] !== 0;
  }

  /** Robin Hood placement of an absent key; (from, to) of displaced entries go to `moves`. */
  #place(entry: Uint32Array, moves: number[] | null): number {
    const kw = this.keyWords;
    const cap = this.capacity;
    const carry = this.#carry;
    const swap = this.#swap;
    carry.set(entry);
    let i = Math.floor(hashKey(entry[0]!, entry[1]!, kw === 3 ? entry[2]! : 0) * cap * TWO_TO_MINUS_32);
    let placed = -1;
    let from = -1;
    for (let d = 0; ; d++) {
      const occupied = this.#occupied(i);
      const od = occupied ? this.#storedDistance(i) : -1;
      if (od < d) {
        if (occupied) {
          swap.set(this.keys.subarray(i * kw, i * kw + kw));
          swap[kw - 1] = (swap[kw - 1]! & this.#keyMask) >>> 0;
          swap.set(this.bodies.subarray(i * BODY_WORDS, i * BODY_WORDS + BODY_WORDS), kw);
        }
        this.keys.set(carry.subarray(0, kw), i * kw);
        this.bodies.set(carry.subarray(kw), i * BODY_WORDS);
        this.#setDistance(i, d);
        if (placed < 0) placed = i;
        else moves?.push(from, i);
        if (!occupied) return placed;
        carry.set(swap);
        from = i;
        d = od;
      }
      if (++i === cap) i = 0;
    }
  }

  /** The distance kept in slot `i` (exact: recomputed when saturated). */
  #storedDistance(i: number): number {
    const stored = (this.keys[i * this.keyWords + this.keyWords - 1]! >>> DISTANCE_SHIFT) & this.#distanceMax;
    return stored === this.#distanceMax ? this.#distance(i) : stored;
  }

  #setDistance(i: number, distance: number): void {
    const at = i * this.keyWords + this.keyWords - 1;
    this.keys[at] = ((this.keys[at]! & this.#keyMask) | (Math.min(distance, this.#distanceMax) << DISTANCE_SHIFT)) >>> 0;
  }

  /** How far the entry in slot `i` sits from its home slot, from its hash. */
  #distance(i: number): number {
    const s = this.keys;
    const b = i * this.keyWords;
    const k1 = this.keyWords === 2 ? (s[b + 1]! & this.#keyMask) >>> 0 : s[b + 1]!;
    const k2 = this.keyWords === 3 ? (s[b + 2]! & this.#keyMask) >>> 0 : 0;
    const home = Math.floor(hashKey(s[b]!, k1, k2) * this.capacity * TWO_TO_MINUS_32);
    return i >= home ? i - home : i + this.capacity - home;
  }
}
