/**
 * A small uint32 → uint32 map in one typed array (key + 1, value per slot: 8 bytes), for the
 * index's sparse side tables: a JavaScript Map costs 30–60 bytes an entry. Robin Hood linear
 * probing with backward-shift deletion, power-of-two capacity, grown at load 0.85.
 */
function hash(key: number): number {
  let h = Math.imul(key ^ (key >>> 16), 0x85eb_ca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class IntMap {
  #slots = new Uint32Array(16);
  #mask = 7;
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get byteLength(): number {
    return this.#slots.byteLength;
  }

  /** The value of `key`, or −1. */
  get(key: number): number {
    const s = this.#slots;
    const k = key + 1;
    let i = hash(k) & this.#mask;
    for (let d = 0; ; d++) {
      const sk = s[i * 2]!;
      if (sk === 0 || this.#distance(i) < d) return -1;
      if (sk === k) return s[i * 2 + 1]!;
      i = (i + 1) & this.#mask;
    }
  }

  set(key: number, value: number): void {
    this.delete(key);
    if ((this.#size + 1) > (this.#mask + 1) * 0.85) this.#grow();
    this.#size++;
    this.#place(key + 1, value);
  }

  /** Removes `key`; returns its value, or −1. */
  delete(key: number): number {
    const s = this.#slots;
    const k = key + 1;
    let i = hash(k) & this.#mask;
    for (let d = 0; ; d++) {
      const sk = s[i * 2]!;
      if (sk === 0 || this.#distance(i) < d) return -1;
      if (sk === k) break;
      i = (i + 1) & this.#mask;
    }
    const value = s[i * 2 + 1]!;
    for (;;) {
      const n = (i + 1) & this.#mask;
      if (s[n * 2] === 0 || this.#distance(n) === 0) break;
      s[i * 2] = s[n * 2]!;
      s[i * 2 + 1] = s[n * 2 + 1]!;
      i = n;
    }
    s[i * 2] = 0;
    s[i * 2 + 1] = 0;
    this.#size--;
    return value;
  }

  forEach(fn: (key: number, value: number) => void): void {
    const s = this.#slots;
    for (let i = 0; i < s.length; i += 2) if (s[i] !== 0) fn(s[i]! - 1, s[i + 1]!);
  }

  #distance(i: number): number {
    return (i - (hash(this.#slots[i * 2]!) & this.#mask)) & this.#mask;
  }

  #place(k: number, value: number): void {
    const s = this.#slots;
    let i = hash(k) & this.#mask;
    let ck = k;
    let cv = value;
    for (let d = 0; ; d++) {
      const sk = s[i * 2]!;
      if (sk === 0) {
        s[i * 2] = ck;
        s[i * 2 + 1] = cv;
        return;
      }
      const od = this.#distance(i);
      if (od < d) {
        const sv = s[i * 2 + 1]!;
        s[i * 2] = ck;
        s[i * 2 + 1] = cv;
        ck = sk;
        cv = sv;
        d = od;
      }
      i = (i + 1) & this.#mask;
    }
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Uint32Array(old.length * 2);
    this.#mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.#place(old[i]!, old[i + 1]!);
  }
}
