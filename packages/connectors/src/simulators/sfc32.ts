/**
 * sfc32, Doty-Humphrey's Small Fast Counting generator on 32-bit words: fast, passes PractRand,
 * good enough for synthetic data (never for secrets). One implementation for the simulators'
 * holdings and the benchmarks' credit list; callers choose the four seed words.
 */
export class Sfc32 {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.#a = a | 0;
    this.#b = b | 0;
    this.#c = c | 0;
    this.#d = d | 0;
    // The first outputs of a fresh state are poorly mixed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniform whole number in [0, 2³²). */
  nextUint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }
}
