import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { listBulkJobs, queryCheckLog as queryLog } from '@zhixing/db';
import { maskResidentId } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { recordEvent } from '../cases/record-event.js';

/**
 * Reading the check log — who asked about whom — is itself recorded in the reader's court chain,
 * with the number asked about masked: the log is the protected place of full numbers, its readers
 * are accountable (architecture.md "Reads of sensitive data are audited").
 */
export async function queryCheckLog(ctx: ServiceContext, actor: Actor, query: { agencyId?: string | undefined; idNumber?: string | undefined; limit: number }) {
  requireRole(actor, ['bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const subjectId = query.idNumber?.toUpperCase();
  const rows = await queryLog(db, { limit: query.limit, ...(query.agencyId ? { agencyId: query.agencyId } : {}), ...(subjectId ? { subjectId } : {}) });
  const bulk = subjectId ? await bulkMatches(db, subjectId, query.agencyId) : [];
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: actor.courtId,
      caseId: null,
      action: 'queryCheckLog',
      after: { agencyId: query.agencyId ?? null, subject: subjectId ? maskResidentId(subjectId) : null, rows: rows.length + bulk.length },
      summaryZh: `查询联合惩戒核查日志${subjectId ? `（${maskResidentId(subjectId)}）` : ''}`,
      summaryEn: `Read the agency check log${subjectId ? ` (${maskResidentId(subjectId)})` : ''}`,
    }),
  );
  return {
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

/** The bulk comparisons (the most recent 100) in which the subject was asked about. */
async function bulkMatches(db: ServiceContext['database']['db'], subjectId: string, agencyId: string | undefined) {
  const jobs = await listBulkJobs(db, { limit: BULK_JOBS_SEARCHED, ...(agencyId ? { agencyId } : {}) });
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
