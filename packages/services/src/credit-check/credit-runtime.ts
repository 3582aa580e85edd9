/**
 * The credit-check runtime of one server process: the in-memory index of published measures, the
 * permits and identity aliases beside it, the agencies' keys, and the loop that keeps them current
 * from the database's change feed (architecture.md "Scale": checks never touch the database).
 *
 * Freshness is explicit. `syncedAsOf` is the time at which the last successful poll *started*:
 * every change committed before it is in the index. When it is older than `staleAfterMs` — the
 * database is unreachable, a poll failed, an entry could not be applied — checks answer `review`
 * instead of a possibly stale `deny` or a false `allow` (fail closed, issue 3).
 */
import { performance } from 'node:perf_hooks';
import { countActiveSubjects, feedHeadSeq, listActiveMeasures, listAgencies, listCourts, readFeed, type CreditFeedRow } from '@zhixing/db';
import { MEASURE_LEGAL_BASIS } from '@zhixing/domain';
import type { DecodedMeasure, RangeIndex } from '../credit-index/index.js';
import { CreditIndex, rangeIndexFrom, refreshRangeSubject } from '../credit-index/index.js';
import type { ServiceContext } from '../context.js';
import { today } from '../today.js';
import { AgencyBook } from './agency-book.js';
import { CheckLogBuffer } from './check-log-buffer.js';
import type { MatchedMeasureView } from './matched-measure-view.js';
import type { AliasAdded, MeasureAdded, MeasureRemoved, PermitGranted, PermitRevoked } from './feed-payloads.js';
import { indexedMeasureOf } from './indexed-measure.js';
import { PermitBook } from './permit-book.js';

export interface CreditRuntimeOptions {
  /** How often the feed is polled. */
  pollMs?: number;
  /** Older than this, the index is not trusted and checks answer `review`. */
  staleAfterMs?: number;
  /** How often the agencies' keys are reloaded (revocation takes effect within this). */
  agencyReloadMs?: number;
  logFlushMs?: number;
  /** Monotonic milliseconds for freshness (not the business clock, which tests fix). */
  monotonicNow?: () => number;
}

export interface CreditFreshness {
  fresh: boolean;
  lastSeq: number;
  /** Milliseconds since the start of the last successful sync (null before the first). */
  ageMs: number | null;
  failure: string | null;
}

/** Answer views kept at most (a deny's measures; cleared when full). */
const MAX_VIEWS = 100_000;

export class CreditRuntime {
  readonly index = new CreditIndex();
  readonly permits = new PermitBook();
  readonly aliases = new Map<string, string>();
  readonly agencies = new AgencyBook();
  #courts = new Map<string, string>();
  readonly #views = new Map<number, MatchedMeasureView>();
  #viewsVersion = -1;
  #rangeKey = '';
  /** Built on the first range query (most installations never use it), then kept current. */
  #range: RangeIndex | null = null;
  readonly log: CheckLogBuffer;
  readonly #ctx: ServiceContext;
  readonly #pollMs: number;
  readonly #staleAfterMs: number;
  readonly #agencyReloadMs: number;
  readonly #now: () => number;
  #lastSeq = 0;
  #syncedAsOf = -Infinity;
  #agenciesLoadedAt = -Infinity;
  #failure: string | null = 'not loaded';
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #stopped = false;

  constructor(ctx: ServiceContext, options: CreditRuntimeOptions = {}) {
    this.#ctx = ctx;
    this.#pollMs = options.pollMs ?? 200;
    this.#staleAfterMs = options.staleAfterMs ?? 1000;
    this.#agencyReloadMs = options.agencyReloadMs ?? 1000;
    this.#now = options.monotonicNow ?? (() => performance.now());
    this.log = new CheckLogBuffer(ctx.database, { flushMs: options.logFlushMs ?? 250 });
  }

  /** Loads the index from the tables (a consistent snapshot plus the feed position), then polls. */
  async start(): Promise<void> {
    await this.reload();
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running?.catch(() => undefined);
    await this.log.flush();
  }

  freshness(): CreditFreshness {
    const ageMs = this.#now() - this.#syncedAsOf;
    const fresh = this.#failure === null && ageMs <= this.#staleAfterMs;
    return { fresh, lastSeq: this.#lastSeq, ageMs: Number.isFinite(ageMs) ? Math.round(ageMs) : null, failure: this.#failure };
  }

  /** Rebuilds everything from the tables. */
  async reload(): Promise<void> {
    const startedAt = this.#now();
    try {
      const { db } = this.#ctx.database;
      const todayDate = today(this.#ctx.clock);
      const snapshot = await db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => ({
        seq: await feedHeadSeq(trx),
        measures: await listActiveMeasures(trx),
        subjects: await countActiveSubjects(trx),
        permits: await trx
          .selectFrom('consumption_permits as p')
          .innerJoin('credit_subjects as s', 's.id', 'p.subject_id')
          .select(['p.id', 's.id_number', 's.credit_code', 'p.scenarios', 'p.valid_from', 'p.valid_to'])
          .where('p.revoked_at', 'is', null)
          .where('p.valid_to', '>=', todayDate)
          .execute(),
        aliases: await trx.selectFrom('identity_documents').select(['doc_type', 'doc_number', 'id_number']).where('unbound_at', 'is', null).execute(),
        agencies: await listAgencies(trx),
        courts: await listCourts(trx),
        rangeKey: (await trx.selectFrom('credit_settings').select('range_key').where('id', '=', 1).executeTakeFirstOrThrow()).range_key,
      }));
      this.#rangeKey = snapshot.rangeKey;
      this.#range = null;
      this.#courts = new Map(snapshot.courts.map((c) => [c.id, c.name]));
      this.index.clear();
      // Sized for the snapshot up front, so loading millions of measures never re-hashes.
      this.index.reserve({ measures: snapshot.measures.length, persons: snapshot.subjects.persons, organisations: snapshot.subjects.organisations });
      this.permits.clear();
      this.aliases.clear();
      for (const m of snapshot.measures) {
        this.index.add(
          indexedMeasureOf({
            measureId: m.id,
            decisionId: m.decision_id,
            caseId: m.case_id,
            subjectKind: m.subject_kind,
            subjectId: (m.subject_kind === 'person' ? m.id_number : m.credit_code) ?? '',
            name: m.name,
            kind: m.kind,
            role: m.role as MeasureAdded['role'],
            caseNumber: m.case_number,
            courtId: m.court_id,
            since: m.publish_on ?? todayDate,
            boundTo: m.bound_to,
          }),
        );
      }
      for (const p of snapshot.permits) {
        this.permits.add(p.id_number ?? p.credit_code ?? '', { permitId: p.id, scenarios: new Set(p.scenarios), validFrom: p.valid_from, validTo: p.valid_to });
      }
      for (const a of snapshot.aliases) this.aliases.set(aliasKey(a.doc_type, a.doc_number), a.id_number);
      this.agencies.replaceAll(snapshot.agencies);
      this.#agenciesLoadedAt = startedAt;
      // The range index hashes every subject (about 6 µs each, ~45 s at 7 M subjects): built here,
      // before the process serves, when an agency uses it; otherwise on the first range query.
      if (snapshot.agencies.some((a) => !a.revoked_at && a.scopes.includes('range'))) this.range();
      this.#lastSeq = snapshot.seq;
      this.#syncedAsOf = startedAt;
      this.#failure = null;
    } catch (error) {
      this.#failure = `reload failed: ${(error as Error).message}`;
      throw error;
    }
  }

  /** Reloads the agencies' keys now (after a registration or revocation in this process). */
  async reloadAgencies(): Promise<void> {
    const startedAt = this.#now();
    this.agencies.replaceAll(await listAgencies(this.#ctx.database.db));
    this.#agenciesLoadedAt = startedAt;
  }

  /** The k-anonymity range index over the same measures (built on first use). */
  range(): RangeIndex {
    this.#range ??= rangeIndexFrom(this.index, this.#rangeKey);
    return this.#range;
  }

  /** The key agencies with the `range` scope hash ID numbers with. */
  get rangeKey(): string {
    return this.#rangeKey;
  }

  /** A court's name for check answers. */
  courtName(courtId: string): string {
    return this.#courts.get(courtId) ?? courtId;
  }

  /**
   * A matched measure as answers show it. Kept per measure while the index is unchanged (any add,
   * removal or reload clears them all; changes are rare beside checks), so a deny neither decodes
   * its case number again nor builds the view anew; frozen, as every answer shares it.
   */
  measureView(m: DecodedMeasure): MatchedMeasureView {
    if (this.#viewsVersion !== this.index.version) {
      this.#views.clear();
      this.#viewsVersion = this.index.version;
    }
    let view = this.#views.get(m.measureId);
    if (view === undefined) {
      view = Object.freeze({ measureId: m.measureId, kind: m.kind, role: m.role, boundTo: m.boundTo, caseNumber: m.caseNumberText, courtId: m.courtId, courtName: this.courtName(m.courtId), since: m.since, legalBasis: MEASURE_LEGAL_BASIS[m.kind] });
      if (this.#views.size >= MAX_VIEWS) this.#views.clear();
      this.#views.set(m.measureId, view);
    }
    return view;
  }

  /** One poll: applies every feed entry after the last one seen. */
  async syncOnce(): Promise<void> {
    if (this.#running) return this.#running;
    this.#running = this.#poll().finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #poll(): Promise<void> {
    const startedAt = this.#now();
    try {
      // Any failure (or never loaded): the index is not trusted until a full reload succeeds.
      if (this.#failure !== null) {
        await this.reload();
        return;
      }
      const { db } = this.#ctx.database;
      for (;;) {
        const rows = await readFeed(db, this.#lastSeq, 5000);
        for (const row of rows) {
          this.apply(row);
          this.#lastSeq = row.seq;
        }
        if (rows.length < 5000) break;
      }
      if (startedAt - this.#agenciesLoadedAt >= this.#agencyReloadMs) {
        this.agencies.replaceAll(await listAgencies(db));
        this.#agenciesLoadedAt = startedAt;
      }
      this.#syncedAsOf = startedAt;
      this.#failure = null;
    } catch (error) {
      // An entry that cannot be applied, or a database that cannot be read: stop trusting the
      // index until a full reload succeeds.
      this.#failure = `reload needed: ${(error as Error).message}`;
    }
  }

  /** Applies one feed entry to the in-memory state. */
  apply(row: Pick<CreditFeedRow, 'op' | 'payload'>): void {
    switch (row.op) {
      case 'add': {
        const m = row.payload as MeasureAdded;
        this.index.add(indexedMeasureOf(m));
        if (this.#range) refreshRangeSubject(this.#range, this.index, m.subjectKind, m.subjectId);
        break;
      }
      case 'remove': {
        const m = row.payload as MeasureRemoved;
        this.index.remove(m.measureId);
        if (this.#range) refreshRangeSubject(this.#range, this.index, m.subjectKind, m.subjectId);
        break;
      }
      case 'permit': {
        const p = row.payload as PermitGranted;
        this.permits.add(p.subjectId, { permitId: p.permitId, scenarios: new Set(p.scenarios), validFrom: p.validFrom, validTo: p.validTo });
        break;
      }
      case 'revokePermit': {
        const p = row.payload as PermitRevoked;
        this.permits.remove(p.subjectId, p.permitId);
        break;
      }
      case 'alias': {
        const a = row.payload as AliasAdded;
        this.aliases.set(aliasKey(a.docType, a.docNumber), a.idNumber);
        break;
      }
      case 'unalias': {
        const a = row.payload as AliasAdded;
        this.aliases.delete(aliasKey(a.docType, a.docNumber));
        break;
      }
    }
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      void this.syncOnce().finally(() => this.#schedule());
    }, this.#pollMs);
    this.#timer.unref();
  }
}

/** Passports and other documents are keyed by type and upper-cased number without spaces. */
export function aliasKey(docType: string, docNumber: string): string {
  return `${docType}:${docNumber.replace(/\s+/g, '').toUpperCase()}`;
}
