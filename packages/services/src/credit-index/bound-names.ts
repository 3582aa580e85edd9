/**
 * `boundTo` of the bound persons' measures (the organisation's name), kept out of the records
 * because few measures have one: the names' UTF-16 units in one pool (length, then the units),
 * and record → pool offset in an {@link IntMap}. ~40 bytes for a 14-character name, against
 * ~100 for a JavaScript string in a Map. Removed names leave holes; the pool is compacted when
 * half of it is holes.
 */
import { IntMap } from './int-map.js';

export class BoundNames {
  readonly #offsets = new IntMap();
  #pool = new Uint16Array(256);
  #top = 0;
  #holes = 0;

  get size(): number {
    return this.#offsets.size;
  }

  get byteLength(): number {
    return this.#pool.byteLength + this.#offsets.byteLength;
  }

  set(record: number, name: string): void {
    this.delete(record);
    const length = Math.min(name.length, 0xffff);
    if (this.#top + length + 1 > this.#pool.length) this.#makeRoom(length + 1);
    const pool = this.#pool;
    const at = this.#top;
    pool[at] = length;
    for (let i = 0; i < length; i++) pool[at + 1 + i] = name.charCodeAt(i);
    this.#top += length + 1;
    this.#offsets.set(record, at);
  }

  get(record: number): string | null {
    const at = this.#offsets.get(record);
    if (at < 0) return null;
    return String.fromCharCode.apply(null, this.#pool.subarray(at + 1, at + 1 + this.#pool[at]!) as unknown as number[]);
  }

  /** Forgets a record's name; false when it had none. */
  delete(record: number): boolean {
    const at = this.#offsets.delete(record);
    if (at < 0) return false;
    this.#holes += this.#pool[at]! + 1;
    return true;
  }

  #makeRoom(needed: number): void {
    const compact = this.#holes * 2 > this.#top;
    const used = compact ? this.#top - this.#holes : this.#top;
    const pool = new Uint16Array(Math.max(256, Math.ceil((used + needed) * 1.25)));
    if (compact) {
      // Copy the live names and re-point their records.
      const moves: Array<[number, number]> = [];
      this.#offsets.forEach((record, at) => moves.push([record, at]));
      let top = 0;
      for (const [record, at] of moves) {
        const n = this.#pool[at]! + 1;
        pool.set(this.#pool.subarray(at, at + n), top);
        this.#offsets.set(record, top);
        top += n;
      }
      this.#top = top;
      this.#holes = 0;
    } else {
      pool.set(this.#pool.subarray(0, this.#top));
    }
    this.#pool = pool;
  }
}
