import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { once } from 'node:events';
import { constants, createGzip } from 'node:zlib';
import { sql, type Database } from '@zhixing/db';
import { AppError, BULK_MAX_ROWS, type CreditCheckRequest } from '@zhixing/contracts';
import { MEASURE_LEGAL_BASIS, SCENARIO_RULES, type Scenario } from '@zhixing/domain';
import type { Clock } from '../context.js';
import type { AgencyPrincipal } from './agency-book.js';
import { countLines, csvColumns, csvHeader, readCsv, readNdjson, type BulkRow } from './bulk-rows.js';
import { maskedSubject, requireScenario } from './check-subject.js';
import { evaluateCheck } from './evaluate-check.js';
import { serializeBulkResult } from './serialize-check-result.js';
import { today } from '../today.js';
import type { CreditRuntime } from './credit-runtime.js';

const CHUNK = 2000;
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
export function bulkCheck(database: Database, runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, input: BulkInput): AsyncGenerator<string> {
  requireScenario(agency, input.scenario);
  const text = input.text;
  const lines = countLines(text);
  if (lines === 0) throw new AppError('BULK_FILE_INVALID', { zh: '文件为空', en: 'The file is empty' });
  let rows: Iterable<BulkRow>;
  let total: number;
  if (input.format === 'csv') {
    const header = csvHeader(text);
    const columns = header ? csvColumns(header) : { zh: '文件为空', en: 'the file is empty' };
    if ('zh' in columns) throw new AppError('BULK_FILE_INVALID', { zh: `批量比对文件无效：${columns.zh}`, en: `Invalid bulk comparison file: ${columns.en}` });
    total = lines - 1;
    rows = readCsv(text, columns);
  } else {
    total = lines;
    rows = (function* () {
      for (const r of readNdjson(text)) yield 'error' in r ? r : requestOf(r.value, r.row);
    })();
  }
  if (total > BULK_MAX_ROWS) throw new AppError('BULK_FILE_TOO_LARGE', { details: { rows: total, maxRows: BULK_MAX_ROWS } });
  return stream(database, runtime, clock, agency, input, rows, total);
}


async function* stream(database: Database, runtime: CreditRuntime, clock: Clock, agency: AgencyPrincipal, input: BulkInput, rows: Iterable<BulkRow>, total: number): AsyncGenerator<string> {
  const receivedAt = clock.now();
  const day = today(clock);
  const counts = { allow: 0, deny: 0, review: 0, error: 0 };
  // Who was asked about, and the answer, for the job's log row: "id,decision" per line, compressed
  // chunk by chunk on libuv's thread pool while the next chunk is checked.
  let answers: string[] = [];
  const gz = createGzip({ level: constants.Z_BEST_SPEED });
  const compressed: Buffer[] = [];
  gz.on('data', (b: Buffer) => compressed.push(b));
  const courts = new Map<string, string>();
  let processed = 0;
  let out: string[] = [];
  // Freshness is read per chunk: a chunk is answered in well under the freshness window.
  let fresh = runtime.freshness().fresh;
  for (const r of rows) {
    processed += 1;
    if ('error' in r) {
      counts.error += 1;
      out.push(JSON.stringify({ type: 'error', row: r.row, code: 'VALIDATION_FAILED', messageZh: r.error.zh, messageEn: r.error.en }));
    } else {
      const scenario = r.request.scenario ?? input.scenario;
      try {
        if (scenario !== input.scenario) requireScenario(agency, scenario);
        // The row's request is this loop's own object: it takes the job's scenario in place.
        r.request.scenario = scenario;
        const e = evaluateCheck(runtime, r.request as CreditCheckRequest, fresh, () => day, `row ${r.row}`);
        counts[e.decision] += 1;
        answers.push(`${e.subjectId},${e.decision}`);
        for (const m of e.measures) courts.set(m.courtId, m.courtName);
        // The same decision as a single check; the envelope (scenario, time, index position) is
        // in the summary line, and an allow is one short line.
        out.push(
          e.decision === 'allow' && e.reasons.length === 0
            ? `{"type":"result","row":${r.row},"decision":"allow"}`
            : serializeBulkResult(r.row, e, maskedSubject(e.subjectKind, e.subjectId)),
        );
      } catch (error) {
        counts.error += 1;
        const x = error instanceof AppError ? error : new AppError('VALIDATION_FAILED');
        out.push(JSON.stringify({ type: 'error', row: r.row, code: x.code, messageZh: `第 ${r.row} 行：${x.messageZh}`, messageEn: `row ${r.row}: ${x.messageEn}` }));
      }
    }
    if (processed % PROGRESS_EVERY === 0) out.push(JSON.stringify({ type: 'progress', processed, total }));
    if (out.length >= CHUNK) {
      gz.write(`${answers.join('\n')}\n`);
      answers = [];
      yield `${out.join('\n')}\n`;
      out = [];
      await yieldToLoop();
      fresh = runtime.freshness().fresh;
    }
  }
  // The log row is written before the summary is sent: an answered bulk job is always logged.
  gz.end(answers.join('\n'));
  await once(gz, 'end');
  const answersGz = Buffer.concat(compressed).toString('base64');
  const finishedAt = clock.now();
  await database.db
    .insertInto('agency_bulk_jobs')
    .values({ id: randomUUID(), agency_id: agency.id, received_at: receivedAt, finished_at: finishedAt, scenario: input.scenario, rows: processed, allowed: counts.allow, denied: counts.deny, reviewed: counts.review, errors: counts.error, answers_gz: sql<Uint8Array>`decode(${answersGz}, 'base64')`, request_id: input.requestId })
    .execute();
  out.push(
    JSON.stringify({
      type: 'summary',
      rows: processed,
      ...counts,
      scenario: input.scenario,
      scenarioLabel: SCENARIO_RULES[input.scenario].zh,
      legalBasis: { scenario: SCENARIO_RULES[input.scenario].legalBasis, ...MEASURE_LEGAL_BASIS },
      courts: Object.fromEntries(courts),
      indexSeq: runtime.freshness().lastSeq,
      finishedAt: finishedAt.toISOString(),
    }),
  );
  yield `${out.join('\n')}\n`;
}
