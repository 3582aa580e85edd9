/**
 * An output buffer for the bulk comparison's answer, written in place: a million rows as a million
 * strings joined and then encoded again on the socket was most of the stream's time (bench/README,
 * suite `credit`). Rows are written as UTF-8 bytes into one buffer, handed out in chunks.
 */
export class ByteChunks {
  #buf: Buffer;
  #pos = 0;
  readonly #size: number;

  constructor(size = 256 * 1024) {
    this.#size = size;
    this.#buf = Buffer.allocUnsafe(size);
  }

  get length(): number {
    return this.#pos;
  }

  /** Whether the chunk has reached its size (the caller hands it out then). */
  get full(): boolean {
    return this.#pos >= this.#size;
  }

  /** Text of only ASCII characters (JSON punctuation, digits, identity numbers, codes). */
  ascii(s: string): this {
    const n = s.length;
    this.#room(n);
    if (n > 32) {
      this.#pos += this.#buf.write(s, this.#pos, 'latin1');
      return this;
    }
    // Short text (most of it): a loop is cheaper than the call into the encoder.
    const b = this.#buf;
    let p = this.#pos;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.#pos = p;
    return this;
  }

  /** Any text, UTF-8 encoded. */
  text(s: string): this {
    this.#room(s.length * 3);
    this.#pos += this.#buf.write(s, this.#pos, 'utf8');
    return this;
  }

  /** A non-negative integer in decimal, without a string in between. */
  uint(n: number): this {
    this.#room(16);
    const b = this.#buf;
    if (n < 10) {
      b[this.#pos++] = 48 + n;
      return this;
    }
    let digits = 0;
    for (let x = n; x > 0; x = Math.floor(x / 10)) digits += 1;
    let p = this.#pos + digits;
    this.#pos = p;
    for (let x = n; x > 0; x = Math.floor(x / 10)) b[--p] = 48 + (x % 10);
    return this;
  }

  byte(c: number): this {
    this.#room(1);
    this.#buf[this.#pos++] = c;
    return this;
  }

  /** The bytes written so far, as a buffer of their own; the writer starts a fresh chunk. */
  take(): Buffer {
    const out = this.#buf.subarray(0, this.#pos);
    this.#buf = Buffer.allocUnsafe(this.#size);
    this.#pos = 0;
    return out;
  }

  #room(bytes: number): void {
    if (this.#pos + bytes <= this.#buf.length) return;
    // One row larger than what is left (a subject with very many measures): grow, keep the bytes.
    const bigger = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.#pos + bytes));
    this.#buf.copy(bigger, 0, 0, this.#pos);
    this.#buf = bigger;
  }
}
