/** A notice is withdrawn from the portal (issue 5): it disappears from the public list at once; a case event. */
import { AppError, type CaseNotice } from '@zhixing/contracts';
import { findCase, findCaseNotice, withdrawNotice as withdrawNoticeRow } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { recordEvent } from '../cases/record-event.js';
import { caseNotice } from './notice-view.js';

export async function withdrawNotice(ctx: ServiceContext, actor: Actor, caseId: string, noticeId: string, reason: string): Promise<CaseNotice> {
  requireRole(actor, ['judge', 'officer', 'bureau_chief', 'president']);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row || row.court_id !== actor.courtId) throw new AppError('OUT_OF_COURT_SCOPE');
  await db.transaction().execute(async (trx) => {
    const done = await withdrawNoticeRow(trx, caseId, noticeId, ctx.clock.now(), reason);
    if (!done) throw new AppError('NOT_FOUND');
    await recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId,
      action: 'noticeWithdrawn',
      after: { noticeId, kind: done.kind, title: done.title, reason },
      summaryZh: `撤回${done.kind === 'reward' ? '悬赏公告' : '拍卖公告'}：${reason}`,
      summaryEn: `Withdrew a ${done.kind} notice: ${reason}`,
    });
  });
  return caseNotice((await findCaseNotice(db, caseId, noticeId))!);
}
