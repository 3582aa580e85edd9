import type { Warning, WARNING_KINDS } from '@zhixing/contracts';
import { listOpenWarnings } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';

/** The 消极执行 board: bureau chiefs and leaders see their court; city supervisors every court. */
export async function listWarnings(ctx: ServiceContext, actor: Actor, query: { courtId?: string; kind?: (typeof WARNING_KINDS)[number] }) {
  requireRole(actor, ['bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const courtIds = await scopedCourtIds(db, actor, query.courtId);
  const rows = await listOpenWarnings(db, { courtIds, ...(query.kind ? { kind: query.kind } : {}) });
  const items: Warning[] = rows.map((r) => ({
    id: r.id,
    courtId: r.court_id,
    courtName: r.court_name,
    caseId: r.case_id,
    caseNumber: r.case_number,
    handlerName: r.handler_name,
    kind: r.kind as Warning['kind'],
    node: r.node,
    dueDate: r.due_date,
    days: r.days,
    messageZh: r.message_zh,
    messageEn: r.message_en,
    detectedOn: r.detected_on,
  }));
  const counts = new Map<string, { courtId: string; courtName: string; count: number }>();
  for (const w of items) {
    const c = counts.get(w.courtId) ?? { courtId: w.courtId, courtName: w.courtName, count: 0 };
    c.count += 1;
    counts.set(w.courtId, c);
  }
  return { items, byCourt: [...counts.values()].sort((a, b) => b.count - a.count) };
}
