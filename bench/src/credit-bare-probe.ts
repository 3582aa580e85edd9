/**
 * The yardstick of the credit check: the least work any in-memory check must do — read the 18
 * characters into numbers (no validation) and probe an open-addressing table of typed arrays
 * (power-of-two capacity, load ≤ 0.5, linear probing, the key inline: k0, k1, k2, used) — with
 * nothing else: no check characters, no measures, no rules, no answer but yes/no.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALUE = new Int8Array(128).fill(0);
for (let i = 0; i < ALPHABET.length; i++) {
  VALUE[ALPHABET.charCodeAt(i)] = i;
  VALUE[ALPHABET.charCodeAt(i) | 32] = i;
}

export class BareProbe {
  readonly #mask: number;
  readonly #slots: Uint32Array;
  #size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.#mask = capacity - 1;
    this.#slots = new Uint32Array(capacity * 4);
  }

  get size(): number {
    return this.#size;
  }

  get bytes(): number {
    return this.#slots.byteLength;
  }

  add(organisation: boolean, text: string): void {
    const [k0, k1, k2] = organisation ? readOrganisation(text) : readPerson(text);
    const s = this.#slots;
    for (let i = hash(k0, k1, k2) & this.#mask; ; i = (i + 1) & this.#mask) {
      const b = i * 4;
      if (s[b + 3] === 0) {
        s[b] = k0;
        s[b + 1] = k1;
        s[b + 2] = k2;
        s[b + 3] = 1;
        this.#size++;
        return;
      }
      if (s[b] === k0 && s[b + 1] === k1 && s[b + 2] === k2) return;
    }
  }

  has(organisation: boolean, text: string): boolean {
    let k0 = 0;
    let k1 = 0;
    let k2 = 0;
    if (organisation) {
      for (let i = 0; i < 6; i++) k0 = k0 * 32 + VALUE[text.charCodeAt(i) & 127]!;
      for (let i = 6; i < 12; i++) k1 = k1 * 32 + VALUE[text.charCodeAt(i) & 127]!;
      for (let i = 12; i < 17; i++) k2 = k2 * 32 + VALUE[text.charCodeAt(i) & 127]!;
      k2 = (k2 | 0x8000_0000) >>> 0;
    } else {
      let a = 0;
      let b = 0;
      for (let i = 0; i < 9; i++) a = a * 10 + text.charCodeAt(i) - 48;
      for (let i = 9; i < 17; i++) b = b * 10 + text.charCodeAt(i) - 48;
      k0 = (b | ((a & 31) << 27)) >>> 0;
      k1 = a >>> 5;
    }
    const s = this.#slots;
    for (let i = hash(k0, k1, k2) & this.#mask; ; i = (i + 1) & this.#mask) {
      const b = i * 4;
      if (s[b + 3] === 0) return false;
      if (s[b] === k0 && s[b + 1] === k1 && s[b + 2] === k2) return true;
    }
  }
}

function readPerson(text: string): [number, number, number] {
  let a = 0;
  let b = 0;
  for (let i = 0; i < 9; i++) a = a * 10 + text.charCodeAt(i) - 48;
  for (let i = 9; i < 17; i++) b = b * 10 + text.charCodeAt(i) - 48;
  return [(b | ((a & 31) << 27)) >>> 0, a >>> 5, 0];
}

function readOrganisation(text: string): [number, number, number] {
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  for (let i = 0; i < 6; i++) k0 = k0 * 32 + VALUE[text.charCodeAt(i) & 127]!;
  for (let i = 6; i < 12; i++) k1 = k1 * 32 + VALUE[text.charCodeAt(i) & 127]!;
  for (let i = 12; i < 17; i++) k2 = k2 * 32 + VALUE[text.charCodeAt(i) & 127]!;
  return [k0, k1, (k2 | 0x8000_0000) >>> 0];
}

function hash(k0: number, k1: number, k2: number): number {
  let h = Math.imul(k0 ^ 0x9e37_79b9, 0x85eb_ca6b);
  h = Math.imul(h ^ (h >>> 15) ^ k1, 0xc2b2_ae35);
  h = Math.imul(h ^ (h >>> 13) ^ k2, 0x27d4_eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}
