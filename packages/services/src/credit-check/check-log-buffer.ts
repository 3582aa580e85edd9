import { appendCheckLog, type CheckLogRow, type Database } from '@zhixing/db';

/** One check to log; the instant as ISO-8601 text (the text the answer carries: see isoInstant). */
export interface CheckLogEntry extends CheckLogRow {
  channel: 'single' | 'bulk' | 'range';
}

/**
 * Every check is logged (who asked about whom, when, what was answered), but a row insert per
 * check would put the database back on the hot path. Entries are batched and written every
 * `flushMs` or `maxBatch` rows in one COPY (appendCheckLog); close() flushes what is left (ADR 0005 records
 * the window a hard crash can lose). A failed flush keeps the rows for the next attempt.
 */
export class CheckLogBuffer {
  readonly #database: Database;
  #pending: CheckLogEntry[] = [];
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
    this.#pending.push(entry);
    if (this.#pending.length >= this.#maxBatch) this.#background();
    else this.#timer ??= setTimeout(() => this.#background(), this.#flushMs);
  }

  /** A background flush: its failure keeps the rows (see flush) and is retried, so it is not rethrown. */
  #background(): void {
    this.flush().catch(() => undefined);
  }

  get pending(): number {
    return this.#pending.length;
  }

  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    // Another flush may take over while this one waits: wait until none runs, so that when this
    // returns everything pushed before the call is written (the log query relies on it).
    while (this.#flushing) await this.#flushing.catch(() => undefined);
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#flushing = (async () => {
      let written = 0;
      try {
        for (; written < batch.length; written += this.#maxBatch) {
          await appendCheckLog(this.#database, batch.slice(written, written + this.#maxBatch));
        }
      } catch (error) {
        // Only what was not written goes back: a written chunk is committed, and logged once.
        this.#pending = batch.slice(written).concat(this.#pending);
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
