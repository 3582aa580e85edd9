import { CASE_READER_ROLES, type CaseList, type ListCasesQuery } from '@zhixing/contracts';
import { listCases as queryCases } from '@zhixing/db';
import { fenToYuanString } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';

export async function listCases(ctx: ServiceContext, actor: Actor, query: ListCasesQuery): Promise<CaseList> {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const courtIds = await scopedCourtIds(db, actor, query.courtId);
  const { total, items } = await queryCases(db, {
    courtIds,
    ...(query.stage ? { stage: query.stage } : {}),
    ...(query.handlerId ? { handlerId: query.handlerId } : {}),
    ...(query.overdue ? { overdue: query.overdue === 'true' } : {}),
    ...(query.open ? { open: query.open === 'true' } : {}),
    ...(query.q ? { q: query.q } : {}),
    sort: query.sort,
    ...(query.order ? { order: query.order } : {}),
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: items.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      courtId: r.court_id,
      courtName: r.court_name,
      courtNameEn: r.court_name_en,
      caseType: r.case_type as CaseList['items'][number]['caseType'],
      stage: r.stage as CaseList['items'][number]['stage'],
      cause: r.cause,
      applicantNames: r.applicant_names,
      debtorNames: r.debtor_names,
      handlerName: r.handler_name,
      filedOn: r.filed_on,
      nextDueDate: r.next_due_date,
      overdue: r.overdue,
      suspended: r.suspension !== null,
      suspension: r.suspension === null ? null : (r.suspension as { kind: 'stay' | 'deferral' }).kind,
      claimTotal: fenToYuanString(r.claim_total_fen),
    })),
  };
}
