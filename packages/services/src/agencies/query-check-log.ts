import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { listBulkJobs, queryCheckLog as queryLog } from '@zhixing/db';
import { invalidField } from '@zhixing/contracts';
import { addDays, compareCivil, cstStartOf, diffDays, maskResidentId, type CivilDate } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { recordEvent } from '../cases/record-event.js';
import { today } from '../today.js';

/** The default window, and the longest one: a search by subject reads every row of its window. */
const DEFAULT_WINDOW_DAYS = 30;
const MAX_WINDOW_DAYS = 92;

export interface CheckLogQuery {
  agencyId?: string | undefined;
  idNumber?: string | undefined;
  from?: CivilDate | undefined;
  to?: CivilDate | undefined;
  limit: number;
}

function windowOf(ctx: ServiceContext, query: CheckLogQuery): { from: CivilDate; to: CivilDate } {
  const to = query.to ?? today(ctx.clock);
  const from = query.from ?? addDays(to, -(DEFAULT_WINDOW_DAYS - 1));
  if (compareCivil(from, to) > 0) throw invalidField('from', '起始日期晚于截止日期', 'the window starts after it ends', { in: 'querystring' });
  if (diffDays(from, to) >= MAX_WINDOW_DAYS) throw invalidField('from', `查询区间最长 ${MAX_WINDOW_DAYS} 天`, `the window spans at most ${MAX_WINDOW_DAYS} days`, { in: 'querystring' });
  return { from, to };
}

/**
 * Reading the check log — who asked about whom — is itself recorded in the reader's court chain,
 * with the number asked about masked: the log is the protected place of full numbers, its readers
 * are accountable (architecture.md "Reads of sensitive data are audited").
 */
export async function queryCheckLog(ctx: ServiceContext, actor: Actor, query: CheckLogQuery) {
  requireRole(actor, ['bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const window = windowOf(ctx, query);
  const subjectId = query.idNumber?.toUpperCase();
  const span = { from: new Date(cstStartOf(window.from)), to: new Date(cstStartOf(addDays(window.to, 1))), ...(query.agencyId ? { agencyId: query.agencyId } : {}) };
  const rows = await queryLog(db, { ...span, limit: query.limit, ...(subjectId ? { subjectId } : {}) });
  const bulk = subjectId ? await bulkMatches(db, subjectId, span) : [];
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: actor.courtId,
      caseId: null,
      action: 'queryCheckLog',
      after: { agencyId: query.agencyId ?? null, from: window.from, to: window.to, subject: subjectId ? maskResidentId(subjectId) : null, rows: rows.length + bulk.length },
      summaryZh: `查询联合惩戒核查日志${subjectId ? `（${maskResidentId(subjectId)}）` : ''}`,
      summaryEn: `Read the agency check log${subjectId ? ` (${maskResidentId(subjectId)})` : ''}`,
    }),
  );
  return {
    ...window,
    items: [...bulk, ...rows.map((r) => ({
      id: r.id,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      checkedAt: r.checked_at.toISOString(),
      channel: r.channel,
      scenario: r.scenario,
      subjectKind: r.subject_kind,
      subjectMasked: r.subject_masked,
      decision: r.decision,
      measureIds: r.measure_ids.map(Number),
      requestId: r.request_id,
    }))].sort((a, b) => (a.checkedAt < b.checkedAt ? 1 : -1)).slice(0, query.limit),
  };
}

const gunzipAsync = promisify(gunzip);
const BULK_JOBS_SEARCHED = 100;

/** The bulk comparisons of the window (the most recent 100) in which the subject was asked about. */
async function bulkMatches(db: ServiceContext['database']['db'], subjectId: string, span: { from: Date; to: Date; agencyId?: string }) {
  const jobs = await listBulkJobs(db, { ...span, limit: BULK_JOBS_SEARCHED });
  const out = [];
  for (const job of jobs) {
    const text = (await gunzipAsync(job.answers_gz)).toString('utf8');
    const needle = `${subjectId},`;
    const found = text.startsWith(needle) ? -1 : text.indexOf(`\n${needle}`);
    if (!text.startsWith(needle) && found < 0) continue;
    const at = found + 1;
    const end = text.indexOf('\n', at);
    const decision = text.slice(at + subjectId.length + 1, end < 0 ? text.length : end);
    out.push({ id: 0, agencyId: job.agency_id, agencyName: job.agency_name, checkedAt: job.received_at.toISOString(), channel: 'bulk', scenario: job.scenario, subjectKind: subjectId.length === 18 && /^\d{17}[\dX]$/.test(subjectId) ? 'person' : 'organisation', subjectMasked: maskResidentId(subjectId), decision, measureIds: [], requestId: job.request_id });
  }
  return out;
}
