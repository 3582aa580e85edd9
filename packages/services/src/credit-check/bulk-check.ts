import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { once } from 'node:events';
import { constants, createGzip } from 'node:zlib';
import { sql, type Database } from '@zhixing/db';
import { AppError, BULK_MAX_ROWS, type CreditCheckRequest } from '@zhixing/contracts';
import { MEASURE_LEGAL_BASIS, SCENARIO_RULES, type CivilDate, type Scenario } from '@zhixing/domain';
import type { Clock } from '../context.js';
import type { AgencyPrincipal } from './agency-book.js';
import { CsvCursor, countLines, csvColumns, readNdjson, type BulkRow } from './bulk-rows.js';
import { ByteChunks } from './byte-chunks.js';
import { maskedSubject, requireScenario } from './check-subject.js';
import { evaluateCheck, evaluateSubject, type Evaluation } from './evaluate-check.js';
import { serializeBulkResult } from './serialize-check-result.js';
import { today } from '../today.js';
import type { CreditRuntime } from './credit-runtime.js';

const PROGRESS_EVERY = 50_000;

export interface BulkInput {
  text: string;
  format: 'csv' | 'ndjson';
  scenario: Scenario;
  requestId: string | null;
}

type Subject = CreditCheckRequest['subject'];

/** One NDJSON line as a check request, or the reason it is not one. */
function requestOf(value: unknown, row: number): BulkRow {
  const bad = (zh: string, en: string): BulkRow => ({ row, error: { zh: `第 ${row} 行：${zh}`, en: `row ${row}: ${en}` } });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('须为 JSON 对象', 'must be a JSON object');
  const v = value as { subject?: unknown; name?: unknown; scenario?: unknown };
  const s = v.subject as { kind?: unknown; idNumber?: unknown; creditCode?: unknown; docType?: unknown; docNumber?: unknown } | undefined;
  if (typeof s !== 'object' || s === null) return bad('缺少 subject', 'subject is missing');
  let subject: Subject;
  if (s.kind === 'person' && typeof s.idNumber === 'string') subject = { kind: 'person', idNumber: s.idNumber };
  else if (s.kind === 'organisation' && typeof s.creditCode === 'string') subject = { kind: 'organisation', creditCode: s.creditCode };
  else if (s.kind === 'document' && typeof s.docType === 'string' && typeof s.docNumber === 'string') subject = { kind: 'document', docType: s.docType as never, docNumber: s.docNumber };
  else return bad('subject 须为 {kind:"person",idNumber} 或 {kind:"organisation",creditCode} 或 {kind:"document",docType,docNumber}', 'subject must be {kind:"person",idNumber}, {kind:"organisation",creditCode} or {kind:"document",docType,docNumber}');
  if (v.name !== undefined && v.name !== null && typeof v.name !== 'string') return bad('name 须为字符串', 'name must be a string');
  return { row, request: { subject, ...(typeof v.name === 'string' && v.name.trim() ? { name: v.name.trim() } : {}), ...(typeof v.scenario === 'string' ? { scenario: v.scenario as Scenario } : {}) } };
}

/**
 * Bulk comparison: checks the file up front (format, header, size), then answers every row with
 * exactly the decision a single check gives — bad rows are reported and the rest processed — as
 * an NDJSON stream with progress lines, yielding to the event loop between chunks so single checks
 * keep flowing meanwhile.
 */
export function bulkCheck(database: Database, runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, input: BulkInput): AsyncGenerator<Buffer> {
  requireScenario(agency, input.scenario);
  const text = input.text;
  const lines = countLines(text);
  if (lines === 0) throw new AppError('BULK_FILE_INVALID', { zh: '文件为空', en: 'The file is empty' });
  let rows: (answers: BulkAnswers) => Generator<undefined>;
  let total: number;
  if (input.format === 'csv') {
    const cursor = new CsvCursor(text);
    const columns = cursor.next() ? csvColumns(cursor.fields) : { zh: '文件为空', en: 'the file is empty' };
    if ('zh' in columns) throw new AppError('BULK_FILE_INVALID', { zh: `批量比对文件无效：${columns.zh}`, en: `Invalid bulk comparison file: ${columns.en}` });
    total = lines - 1;
    rows = (answers) => csvRows(answers, cursor, columns);
  } else {
    total = lines;
    rows = (answers) => ndjsonRows(answers, text);
  }
  if (total > BULK_MAX_ROWS) throw new AppError('BULK_FILE_TOO_LARGE', { details: { rows: total, maxRows: BULK_MAX_ROWS } });
  return stream(database, runtime, clock, agency, input, rows, total);
}

/** The CSV driver: straight from the reused fields to the decision, no object per row. */
function* csvRows(answers: BulkAnswers, cursor: CsvCursor, columns: { kind: number; id: number; name: number }): Generator<undefined> {
  let row = 0;
  const f = cursor.fields;
  while (cursor.next()) {
    row += 1;
    const kind = (f[columns.kind] ?? '').trim();
    if (kind === 'person' || kind === 'organisation') {
      const name = columns.name >= 0 ? (f[columns.name] ?? '').trim() : '';
      answers.identity(row, kind, (f[columns.id] ?? '').trim().toUpperCase(), name === '' ? undefined : name, undefined);
    } else {
      answers.error(row, 'VALIDATION_FAILED', 'kind 须为 person 或 organisation', 'kind must be person or organisation');
    }
    if (answers.chunkFull) yield;
  }
}

function* ndjsonRows(answers: BulkAnswers, text: string): Generator<undefined> {
  for (const r of readNdjson(text)) {
    const x = 'error' in r ? r : requestOf(r.value, r.row);
    if ('error' in x) answers.error(x.row, 'VALIDATION_FAILED', x.error.zh, x.error.en);
    else answers.request(x.row, x.request);
    if (answers.chunkFull) yield;
  }
}

/**
 * The answer being written: one line per row into byte chunks, the counts, the courts named, and
 * who was asked about with the answer ("id,decision" per line) for the job's log row.
 */
class BulkAnswers {
  readonly counts = { allow: 0, deny: 0, review: 0, error: 0 };
  readonly courts = new Map<string, string>();
  readonly out = new ByteChunks();
  readonly asked = new ByteChunks(64 * 1024);
  processed = 0;
  /** Freshness is read per chunk: a chunk is answered in well under the freshness window. */
  fresh: boolean;
  readonly #runtime: CreditRuntime;
  readonly #agency: AgencyPrincipal;
  readonly #scenario: Scenario;
  readonly #today: () => CivilDate;
  readonly #total: number;

  constructor(runtime: CreditRuntime, agency: AgencyPrincipal, scenario: Scenario, day: CivilDate, total: number) {
    this.#runtime = runtime;
    this.#agency = agency;
    this.#scenario = scenario;
    this.#today = () => day;
    this.#total = total;
    this.fresh = runtime.freshness().fresh;
  }

  get chunkFull(): boolean {
    return this.out.full;
  }

  /** A row naming a person or an organisation by number (normalised: trimmed, upper case). */
  identity(row: number, kind: 'person' | 'organisation', id: string, name: string | undefined, scenario: Scenario | undefined): void {
    try {
      const s = this.#scenarioOf(scenario);
      this.#answer(row, evaluateSubject(this.#runtime, kind, id, s, name, this.fresh, this.#today, 'id'));
    } catch (error) {
      this.#failed(row, error);
    }
  }

  /** An NDJSON row: any subject a single check takes, documents included. */
  request(row: number, req: Extract<BulkRow, { request: unknown }>['request']): void {
    try {
      const s = this.#scenarioOf(req.scenario);
      this.#answer(row, evaluateCheck(this.#runtime, { ...req, scenario: s }, this.fresh, this.#today, undefined));
    } catch (error) {
      this.#failed(row, error);
    }
  }

  error(row: number, code: string, zh: string, en: string): void {
    this.counts.error += 1;
    this.out.text(JSON.stringify({ type: 'error', row, code, messageZh: `第 ${row} 行：${zh}`, messageEn: `row ${row}: ${en}` })).byte(10);
    this.#counted();
  }

  #scenarioOf(scenario: Scenario | undefined): Scenario {
    if (scenario === undefined || scenario === this.#scenario) return this.#scenario;
    requireScenario(this.#agency, scenario);
    return scenario;
  }

  #answer(row: number, e: Evaluation): void {
    this.counts[e.decision] += 1;
    // (a number the index accepted is ASCII; an unbound document's may not be)
    (e.reasons[0] === 'DOCUMENT_NOT_BOUND' ? this.asked.text(e.subjectId) : this.asked.ascii(e.subjectId)).byte(44).ascii(e.decision).byte(10);
    // The same decision as a single check; the envelope (scenario, time, index position) is in
    // the summary line, and an allow is one short line.
    if (e.decision === 'allow' && e.reasons.length === 0) {
      this.out.ascii('{"type":"result","row":').uint(row).ascii(',"decision":"allow"}\n');
    } else {
      for (const m of e.measures) this.courts.set(m.courtId, m.courtName);
      this.out.text(serializeBulkResult(row, e, maskedSubject(e.subjectKind, e.subjectId))).byte(10);
    }
    this.#counted();
  }

  #failed(row: number, error: unknown): void {
    const x = error instanceof AppError ? error : new AppError('VALIDATION_FAILED');
    this.error(row, x.code, x.messageZh, x.messageEn);
  }

  #counted(): void {
    this.processed += 1;
    if (this.processed % PROGRESS_EVERY === 0) this.out.ascii(`{"type":"progress","processed":${this.processed},"total":${this.#total}}\n`);
  }
}

async function* stream(database: Database, runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, input: BulkInput, rows: (answers: BulkAnswers) => Generator<undefined>, total: number): AsyncGenerator<Buffer> {
  const receivedAt = clock.now();
  const answers = new BulkAnswers(runtime, agency, input.scenario, today(clock), total);
  // The log row's answers are compressed chunk by chunk on libuv's thread pool while the next
  // chunk is checked.
  const gz = createGzip({ level: constants.Z_BEST_SPEED });
  const compressed: Buffer[] = [];
  gz.on('data', (b: Buffer) => compressed.push(b));
  for (const _ of rows(answers)) {
    gz.write(answers.asked.take());
    yield answers.out.take();
    await yieldToLoop();
    answers.fresh = runtime.freshness().fresh;
  }
  // The log row is written before the summary is sent: an answered bulk job is always logged.
  gz.end(answers.asked.take());
  await once(gz, 'end');
  const answersGz = Buffer.concat(compressed).toString('base64');
  const finishedAt = clock.now();
  const { counts, processed } = answers;
  await database.db
    .insertInto('agency_bulk_jobs')
    .values({ id: randomUUID(), agency_id: agency.id, received_at: receivedAt, finished_at: finishedAt, scenario: input.scenario, rows: processed, allowed: counts.allow, denied: counts.deny, reviewed: counts.review, errors: counts.error, answers_gz: sql<Uint8Array>`decode(${answersGz}, 'base64')`, request_id: input.requestId })
    .execute();
  answers.out.text(
    JSON.stringify({
      type: 'summary',
      rows: processed,
      ...counts,
      scenario: input.scenario,
      scenarioLabel: SCENARIO_RULES[input.scenario].zh,
      legalBasis: { scenario: SCENARIO_RULES[input.scenario].legalBasis, ...MEASURE_LEGAL_BASIS },
      courts: Object.fromEntries(answers.courts),
      indexSeq: runtime.freshness().lastSeq,
      finishedAt: finishedAt.toISOString(),
    }),
  ).byte(10);
  yield answers.out.take();
}
