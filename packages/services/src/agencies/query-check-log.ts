import { queryCheckLog as queryLog } from '@zhixing/db';
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
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: actor.courtId,
      caseId: null,
      action: 'queryCheckLog',
      after: { agencyId: query.agencyId ?? null, subject: subjectId ? maskResidentId(subjectId) : null, rows: rows.length },
      summaryZh: `查询联合惩戒核查日志${subjectId ? `（${maskResidentId(subjectId)}）` : ''}`,
      summaryEn: `Read the agency check log${subjectId ? ` (${maskResidentId(subjectId)})` : ''}`,
    }),
  );
  return {
    items: rows.map((r) => ({
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
    })),
  };
}
