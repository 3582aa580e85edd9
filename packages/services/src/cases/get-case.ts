import { CASE_READER_ROLES, AppError, type CaseDetail } from '@zhixing/contracts';
import { findCase } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { today } from '../today.js';
import { caseView } from './case-view.js';

export async function getCase(ctx: ServiceContext, actor: Actor, caseId: string): Promise<CaseDetail> {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, row.court_id);
  return caseView(db, await ctx.calendar(), actor, row, today(ctx.clock));
}
