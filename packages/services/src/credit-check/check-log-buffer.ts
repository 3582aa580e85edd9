import { appendCheckLog, CheckLogRows, type CheckLogRow, type Database } from '@zhixing/db';

/** One check to log; the instant as ISO-8601 text (the text the answer carries: see isoInstant). */
export interface CheckLogEntry extends CheckLogRow {
  channel: 'single' | 'bulk' | 'range';
}

/** Rows already in COPY's binary form, written together or not at all. */
interface Chunk {
  tuples: Uint8Array;
  rows: number;
}

/**
 * Every check is logged (who asked about whom, when, what was answered), but a row insert per
 * check would put the database back on the hot path. Each entry is written at once into bytes in
 * COPY's binary form (CheckLogRows: nothing kept on the JavaScript heap), and the bytes are written
 * every `flushMs` or `maxBatch` rows in one COPY (appendCheckLog); close() flushes what is left
 * (ADR 0005 records the window a hard crash can lose). A failed flush keeps the rows for the next
 * attempt.
 */
export class CheckLogBuffer {
  readonly #database: Database;
  /** Chunks of at most `maxBatch` rows, oldest first, waiting for a COPY. */
  #sealed: Chunk[] = [];
  #open = new CheckLogRows();
  #timer: NodeJS.Timeout | null = null;
  #flushing: Promise<void> | null = null;
  readonly #maxBatch: number;
  readonly #flushMs: number;

  constructor(database: Database, options: { flushMs?: number; maxBatch?: number } = {}) {
    this.#database = database;
    this.#flushMs = options.flushMs ?? 250;
    this.#maxBatch = options.maxBatch ?? 2000;
  }

  push(entry: CheckLogEntry): void {
    this.#open.add(entry);
    if (this.#open.count >= this.#maxBatch) {
      this.#seal();
      this.#background();
    } else {
      this.#timer ??= setTimeout(() => this.#background(), this.#flushMs);
    }
  }

  #seal(): void {
    const rows = this.#open.count;
    if (rows === 0) return;
    this.#sealed.push({ tuples: this.#open.take(), rows });
  }

  /** A background flush: its failure keeps the rows (see flush) and is retried, so it is not rethrown. */
  #background(): void {
    this.flush().catch(() => undefined);
  }

  get pending(): number {
    let rows = this.#open.count;
    for (const chunk of this.#sealed) rows += chunk.rows;
    return rows;
  }

  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    // Another flush may take over while this one waits: wait until none runs, so that when this
    // returns everything pushed before the call is written (the log query relies on it).
    while (this.#flushing) await this.#flushing.catch(() => undefined);
    this.#seal();
    if (this.#sealed.length === 0) return;
    const batch = this.#sealed;
    this.#sealed = [];
    this.#flushing = (async () => {
      let written = 0;
      try {
        for (; written < batch.length; written += 1) await appendCheckLog(this.#database, batch[written]!.tuples);
      } catch (error) {
        // Only what was not written goes back: a written chunk is committed, and logged once.
        this.#sealed = batch.slice(written).concat(this.#sealed);
        this.#timer ??= setTimeout(() => this.#background(), this.#flushMs * 4);
        throw error;
      } finally {
        this.#flushing = null;
      }
    })();
    await this.#flushing;
  }
}

/**
 * The ISO-8601 text of an instant, kept for the millisecond: at thousands of checks a second most
 * answers share their millisecond with the one before, and `toISOString` is not free.
 */
let lastMs = Number.NaN;
let lastText = '';
export function isoInstant(at: Date): string {
  const ms = at.getTime();
  if (ms !== lastMs) {
    lastMs = ms;
    lastText = at.toISOString();
  }
  return lastText;
}
