import { AppError } from '@zhixing/contracts';
import { findCase, listCaseCreditDecisions } from '@zhixing/db';
import { CASE_READER_ROLES } from '@zhixing/contracts';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { today } from '../today.js';
import { creditDecisionViews } from './credit-decision-view.js';

export async function listCaseCreditDecisionsFor(ctx: ServiceContext, actor: Actor, caseId: string) {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, row.court_id);
  return { items: await creditDecisionViews(db, await listCaseCreditDecisions(db, caseId), today(ctx.clock)) };
}
