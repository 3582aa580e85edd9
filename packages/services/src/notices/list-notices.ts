/** The notices of a case for staff, and the live ones for the public (issue 5). */
import { AppError, type CaseNotice, type PublicNotice } from '@zhixing/contracts';
import { findCase, listCaseNotices as listCaseNoticeRows, listLiveNotices } from '@zhixing/db';
import type { NoticeKind } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope } from '../scope.js';
import { today } from '../today.js';
import { caseNotice, publicNotice } from './notice-view.js';

const PAGE = 20;

export async function listCaseNotices(ctx: ServiceContext, actor: Actor, caseId: string): Promise<{ items: CaseNotice[] }> {
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('OUT_OF_COURT_SCOPE');
  await requireCourtInScope(db, actor, row.court_id);
  return { items: (await listCaseNoticeRows(db, caseId)).map(caseNotice) };
}

export async function listPublicNotices(ctx: ServiceContext, q: { kind?: NoticeKind | undefined; courtId?: string | undefined; page: number }): Promise<{ items: PublicNotice[]; page: number; hasMore: boolean }> {
  const rows = await listLiveNotices(ctx.database.db, { ...(q.kind ? { kind: q.kind } : {}), ...(q.courtId ? { courtId: q.courtId } : {}), today: today(ctx.clock), limit: PAGE + 1, offset: (q.page - 1) * PAGE });
  return { items: rows.slice(0, PAGE).map(publicNotice), page: q.page, hasMore: rows.length > PAGE };
}
