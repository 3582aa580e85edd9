/**
 * The k-anonymity range check, in the manner of the range queries of password-breach services:
 * an agency computes h = HMAC-SHA256(rangeKey, canonical subject number) as lower-case hex and
 * sends only h[0..5) (20 bits, one of 1,048,576 buckets). The answer is every listed subject in
 * that bucket as its suffix h[5..16) (44 bits) with the kinds of its measures; the agency looks
 * for its own suffix locally. The server never learns which subject was checked, only a bucket
 * shared by ~n/2^20 listed subjects (7 at 7 million) and all unlisted numbers hashing there.
 *
 * The canonical number is the 18 characters upper case, without whitespace (as the credit index
 * writes it). Two listed subjects collide on 64 bits with probability n²/2^65 (~10^-6 at 7 M
 * subjects); they would then share one entry.
 *
 * Storage: per bucket an offset, count and capacity (8 bytes × 2^20 = 8 MiB, fixed), and a pool
 * of 6-byte entries — the suffix's low 32 bits, and 12 high bits + 3 kind bits in a uint16.
 * Buckets are contiguous in the pool; a full bucket moves to the pool's end with room to grow and
 * the pool is compacted when a quarter of it is abandoned space.
 */
import { createHmac } from 'node:crypto';
import type { BinaryLike, KeyObject } from 'node:crypto';
import { MEASURE_KINDS } from '@zhixing/domain';
import type { MeasureKind } from '@zhixing/domain';
import type { CreditIndex } from './credit-index.js';
import { kindsOfMask } from './scenario-masks.js';
import type { SubjectKind } from './subject-key.js';

export const RANGE_BUCKETS = 1 << 20;
export const RANGE_PREFIX_LENGTH = 5;
export const RANGE_SUFFIX_LENGTH = 11;

export interface RangeEntry {
  /** h[5..16): the 11 hex characters after the prefix. */
  readonly suffix: string;
  readonly kinds: readonly MeasureKind[];
}

export type RangeQueryResult = { readonly ok: true; readonly entries: readonly RangeEntry[] } | { readonly ok: false; readonly error: 'malformed' };

export type RangeKey = BinaryLike | KeyObject;

/** h = HMAC-SHA256(rangeKey, canonical number) in lower-case hex: what an agency computes. */
export function rangeHashHex(rangeKey: RangeKey, subjectId: string): string {
  return createHmac('sha256', rangeKey).update(canonical(subjectId)).digest('hex');
}

function canonical(subjectId: string): string {
  return subjectId.replace(/\s+/g, '').toUpperCase();
}

function kindMask(kinds: readonly MeasureKind[]): number {
  let mask = 0;
  for (const k of kinds) {
    const i = MEASURE_KINDS.indexOf(k);
    if (i < 0) throw new RangeError(`unknown measure kind ${String(k)}`);
    mask |= 1 << i;
  }
  return mask;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

export class RangeIndex {
  readonly #rangeKey: RangeKey;
  readonly #start = new Uint32Array(RANGE_BUCKETS);
  readonly #count = new Uint16Array(RANGE_BUCKETS);
  readonly #capacity = new Uint16Array(RANGE_BUCKETS);
  #lo: Uint32Array;
  #hi: Uint16Array;
  #top = 0;
  #abandoned = 0;
  #size = 0;

  constructor(rangeKey: RangeKey, options: { expectedSubjects?: number } = {}) {
    this.#rangeKey = rangeKey;
    const pool = Math.max(1024, Math.ceil((options.expectedSubjects ?? 0) * 1.05));
    this.#lo = new Uint32Array(pool);
    this.#hi = new Uint16Array(pool);
  }

  /** Listed subjects (entries). */
  get size(): number {
    return this.#size;
  }

  /** Sets the kinds listed for a subject (no kinds: removes it). */
  add(subjectId: string, kinds: readonly MeasureKind[]): void {
    const mask = kindMask(kinds);
    if (mask === 0) {
      this.remove(subjectId);
      return;
    }
    const { bucket, hi, lo } = this.#digest(subjectId);
    this.#put(bucket, hi, lo, mask);
  }

  remove(subjectId: string): boolean {
    const { bucket, hi, lo } = this.#digest(subjectId);
    const start = this.#start[bucket]!;
    const count = this.#count[bucket]!;
    for (let i = start; i < start + count; i++) {
      if (this.#lo[i] === lo && (this.#hi[i]! & 0xfff) === hi) {
        this.#lo[i] = this.#lo[start + count - 1]!;
        this.#hi[i] = this.#hi[start + count - 1]!;
        this.#count[bucket] = count - 1;
        this.#size--;
        return true;
      }
    }
    return false;
  }

  /** The bucket of a 5-hex-character prefix (either case), suffixes in ascending order. */
  query(prefix: string): RangeQueryResult {
    if (prefix.length !== RANGE_PREFIX_LENGTH) return { ok: false, error: 'malformed' };
    let bucket = 0;
    for (let i = 0; i < RANGE_PREFIX_LENGTH; i++) {
      const v = hexValue(prefix.charCodeAt(i));
      if (v < 0) return { ok: false, error: 'malformed' };
      bucket = bucket * 16 + v;
    }
    const start = this.#start[bucket]!;
    const count = this.#count[bucket]!;
    const order = Array.from({ length: count }, (_, i) => start + i);
    order.sort((a, b) => (this.#hi[a]! & 0xfff) - (this.#hi[b]! & 0xfff) || this.#lo[a]! - this.#lo[b]!);
    const entries = order.map((i) => ({
      suffix: (this.#hi[i]! & 0xfff).toString(16).padStart(3, '0') + this.#lo[i]!.toString(16).padStart(8, '0'),
      kinds: kindsOfMask(this.#hi[i]! >>> 12),
    }));
    return { ok: true, entries };
  }

  /** Bytes of all typed arrays (the index has no other storage). */
  memoryBytes(): number {
    return this.#start.byteLength + this.#count.byteLength + this.#capacity.byteLength + this.#lo.byteLength + this.#hi.byteLength;
  }

  /**
   * Loads many subjects at once into an empty index: buckets laid out exactly, nothing moves.
   * `feed` calls `emit` once per subject.
   */
  load(feed: (emit: (subjectId: string, kinds: readonly MeasureKind[]) => void) => void, expected = 0): void {
    if (this.#size !== 0) throw new Error('RangeIndex.load needs an empty index');
    let buckets = new Uint32Array(Math.max(16, expected));
    let his = new Uint16Array(buckets.length);
    let los = new Uint32Array(buckets.length);
    let n = 0;
    feed((subjectId, kinds) => {
      const mask = kindMask(kinds);
      if (mask === 0) return;
      if (n === buckets.length) [buckets, his, los] = [grow32(buckets), grow16(his), grow32(los)];
      const { bucket, hi, lo } = this.#digest(subjectId);
      buckets[n] = bucket;
      his[n] = hi | (mask << 12);
      los[n] = lo;
      this.#count[bucket]!++;
      n++;
    });
    if (this.#lo.length < n) {
      this.#lo = new Uint32Array(n);
      this.#hi = new Uint16Array(n);
    }
    let offset = 0;
    for (let b = 0; b < RANGE_BUCKETS; b++) {
      this.#start[b] = offset;
      this.#capacity[b] = this.#count[b]!;
      offset += this.#count[b]!;
      this.#count[b] = 0;
    }
    for (let i = 0; i < n; i++) {
      const b = buckets[i]!;
      const at = this.#start[b]! + this.#count[b]!++;
      this.#lo[at] = los[i]!;
      this.#hi[at] = his[i]!;
    }
    this.#top = offset;
    this.#size = n;
  }

  #digest(subjectId: string): { bucket: number; hi: number; lo: number } {
    const d = createHmac('sha256', this.#rangeKey).update(canonical(subjectId)).digest();
    return { bucket: (d[0]! << 12) | (d[1]! << 4) | (d[2]! >>> 4), hi: ((d[2]! & 15) << 8) | d[3]!, lo: d.readUInt32BE(4) };
  }

  #put(bucket: number, hi: number, lo: number, mask: number): void {
    let start = this.#start[bucket]!;
    const count = this.#count[bucket]!;
    for (let i = start; i < start + count; i++) {
      if (this.#lo[i] === lo && (this.#hi[i]! & 0xfff) === hi) {
        this.#hi[i] = hi | (mask << 12);
        return;
      }
    }
    if (count === 0xffff) throw new RangeError('range bucket full (65,535 subjects)');
    if (count === this.#capacity[bucket]) start = this.#move(bucket, Math.min(0xffff, Math.max(2, Math.ceil(count * 1.5))));
    this.#lo[start + count] = lo;
    this.#hi[start + count] = hi | (mask << 12);
    this.#count[bucket] = count + 1;
    this.#size++;
  }

  /** Gives a bucket `capacity` entries at the pool's end (compacting or growing the pool first). */
  #move(bucket: number, capacity: number): number {
    if (this.#top + capacity > this.#lo.length) {
      if (this.#abandoned > this.#lo.length / 4) this.#compact();
      if (this.#top + capacity > this.#lo.length) {
        const length = Math.ceil((this.#top + capacity) * 1.25);
        const lo = new Uint32Array(length);
        const hi = new Uint16Array(length);
        lo.set(this.#lo.subarray(0, this.#top));
        hi.set(this.#hi.subarray(0, this.#top));
        this.#lo = lo;
        this.#hi = hi;
      }
    }
    const from = this.#start[bucket]!;
    const count = this.#count[bucket]!;
    this.#lo.copyWithin(this.#top, from, from + count);
    this.#hi.copyWithin(this.#top, from, from + count);
    this.#abandoned += this.#capacity[bucket]!;
    this.#start[bucket] = this.#top;
    this.#capacity[bucket] = capacity;
    this.#top += capacity;
    return this.#start[bucket];
  }

  /** Lays the buckets out again in order, each with its current capacity, dropping abandoned space. */
  #compact(): void {
    const lo = new Uint32Array(this.#lo.length);
    const hi = new Uint16Array(this.#hi.length);
    let offset = 0;
    for (let b = 0; b < RANGE_BUCKETS; b++) {
      const from = this.#start[b]!;
      lo.set(this.#lo.subarray(from, from + this.#count[b]!), offset);
      hi.set(this.#hi.subarray(from, from + this.#count[b]!), offset);
      this.#start[b] = offset;
      offset += this.#capacity[b]!;
    }
    this.#lo = lo;
    this.#hi = hi;
    this.#top = offset;
    this.#abandoned = 0;
  }
}

function grow32(a: Uint32Array): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

function grow16(a: Uint16Array): Uint16Array<ArrayBuffer> {
  const b = new Uint16Array(a.length * 2);
  b.set(a);
  return b;
}

/** A range index of every subject in a credit index. */
export function rangeIndexFrom(index: CreditIndex, rangeKey: RangeKey): RangeIndex {
  const range = new RangeIndex(rangeKey, { expectedSubjects: index.subjects });
  range.load((emit) => index.forEachSubject((_kind, subjectId, kinds) => emit(subjectId, kinds)), index.subjects);
  return range;
}

/** Brings one subject of the range index in line with the credit index (after add/remove there). */
export function refreshRangeSubject(range: RangeIndex, index: CreditIndex, subjectKind: SubjectKind, subjectId: string): void {
  const kinds = new Set(index.get(subjectKind, subjectId).map((m) => m.kind));
  range.add(subjectId, MEASURE_KINDS.filter((k) => kinds.has(k)));
}
