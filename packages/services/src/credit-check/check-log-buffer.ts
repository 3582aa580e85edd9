import { insertCheckLog, type Database } from '@zhixing/db';

export interface CheckLogEntry {
  agencyId: string;
  checkedAt: Date;
  channel: 'single' | 'bulk' | 'range';
  scenario: string;
  subjectKind: string;
  subjectId: string;
  subjectMasked: string;
  decision: string;
  measureIds: number[];
  requestId: string | null;
}

/**
 * Every check is logged (who asked about whom, when, what was answered), but a row insert per
 * check would put the database back on the hot path. Entries are batched and written every
 * `flushMs` or `maxBatch` rows in one statement; close() flushes what is left (ADR 0005 records
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
    if (this.#flushing) await this.#flushing;
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    this.#flushing = (async () => {
      try {
        for (let i = 0; i < batch.length; i += this.#maxBatch) {
          await insertCheckLog(
            this.#database.db,
            batch.slice(i, i + this.#maxBatch).map((e) => ({
              agency_id: e.agencyId,
              checked_at: e.checkedAt,
              channel: e.channel,
              scenario: e.scenario,
              subject_kind: e.subjectKind,
              subject_id: e.subjectId,
              subject_masked: e.subjectMasked,
              decision: e.decision,
              measure_ids: e.measureIds,
              request_id: e.requestId,
            })),
          );
        }
      } catch (error) {
        this.#pending = batch.concat(this.#pending);
        this.#timer ??= setTimeout(() => this.#background(), this.#flushMs * 4);
        throw error;
      } finally {
        this.#flushing = null;
      }
    })();
    await this.#flushing;
  }
}
