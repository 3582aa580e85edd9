/**
 * The seizure expiry calendar (issue 4): controls in force in the courts the actor oversees whose
 * term ends in the window, with the days left to renew (民诉法解释 art. 485; 查封规定 art. 27).
 */
import { AppError, CASE_READER_ROLES } from '@zhixing/contracts';
import { listExpiringControls } from '@zhixing/db';
import { addDays, diffDays, type CivilDate, type PropertyKind } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, visibleCourtIds } from '../scope.js';
import { today } from '../today.js';

const DEFAULT_DAYS = 60;
const MAX_DAYS = 366;

export async function listExpiringControlsView(ctx: ServiceContext, actor: Actor, window: { from?: string | undefined; to?: string | undefined }) {
  requireRole(actor, CASE_READER_ROLES);
  const day = today(ctx.clock);
  const from = (window.from ?? day);
  const to = (window.to ?? addDays(from, DEFAULT_DAYS));
  const span = diffDays(from, to);
  if (span < 0 || span > MAX_DAYS) {
    throw new AppError('VALIDATION_FAILED', { zh: `查询区间须为 0 至 ${MAX_DAYS} 天`, en: `The window must be 0 to ${MAX_DAYS} days`, details: { issues: [{ in: 'querystring', path: ['to'], messageZh: `查询区间 ${from} 至 ${to} 不在 0 至 ${MAX_DAYS} 天之内`, messageEn: `The window ${from} to ${to} is not 0 to ${MAX_DAYS} days` }] } });
  }
  const courts = await visibleCourtIds(ctx.database.db, actor);
  const rows = await listExpiringControls(ctx.database.db, courts, from, to);
  return {
    from,
    to,
    controls: rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      act: r.act,
      propertyKind: r.kind as PropertyKind,
      propertyDescription: r.description,
      institutionName: r.institution_name,
      heldFen: r.held_fen === null ? null : r.held_fen - r.deducted_fen,
      expiresOn: r.expires_on!,
      renewBy: r.renew_by!,
      daysToRenew: diffDays(day, r.renew_by as CivilDate),
      pendingAct: r.pending_act,
    })),
  };
}
