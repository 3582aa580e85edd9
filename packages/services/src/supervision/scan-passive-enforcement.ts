import { randomUUID } from 'node:crypto';
import { openCasesPage, openWarning, resolveWarningsExcept, setOverdue } from '@zhixing/db';
import { passiveEnforcementWarnings } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { today } from '../today.js';
import { deadlinesOf } from '../cases/refresh-deadlines.js';
import { snapshotOf } from '../cases/case-snapshot.js';

export interface ScanReport {
  scanned: number;
  opened: number;
  overdueCases: number;
}

/**
 * The daily 消极执行 scan (mission clause 1): recomputes every open case's node deadlines as of
 * today, marks overdue cases, and opens a warning per overdue node and per idle case (no act for
 * 30 days); warnings no longer true are resolved. Idempotent: running it twice changes nothing.
 */
export async function scanPassiveEnforcement(ctx: ServiceContext, pageSize = 500): Promise<ScanReport> {
  const { db } = ctx.database;
  const calendar = await ctx.calendar();
  const todayDate = today(ctx.clock);
  const report: ScanReport = { scanned: 0, opened: 0, overdueCases: 0 };
  let afterId: string | null = null;
  for (;;) {
    const page = await openCasesPage(db, afterId, pageSize);
    if (page.length === 0) break;
    for (const row of page) {
      const snapshot = snapshotOf(row);
      const deadlines = deadlinesOf(calendar, snapshot, todayDate);
      const found = passiveEnforcementWarnings(snapshot, deadlines.raw, row.last_action_on, todayDate);
      await db.transaction().execute(async (trx) => {
        await setOverdue(trx, row.id, deadlines.overdue);
        for (const w of found) {
          const isNew = await openWarning(trx, {
            id: randomUUID(),
            court_id: row.court_id,
            case_id: row.id,
            kind: w.kind,
            node: w.node ?? 'case',
            due_date: w.dueDate ?? null,
            days: w.days,
            message_zh: w.messageZh,
            message_en: w.messageEn,
            detected_on: todayDate,
            resolved_on: null,
          });
          if (isNew) report.opened += 1;
        }
        await resolveWarningsExcept(trx, row.id, found.map((w) => ({ kind: w.kind, node: w.node ?? 'case' })), todayDate, ['overdueNode', 'idleCase']);
      });
      report.scanned += 1;
      if (deadlines.overdue) report.overdueCases += 1;
    }
    afterId = page[page.length - 1]!.id;
  }
  return report;
}
