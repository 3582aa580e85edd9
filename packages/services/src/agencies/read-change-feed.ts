import { AppError } from '@zhixing/contracts';
import { readFeed } from '@zhixing/db';
import { blocks, type MeasureKind, type Scenario, type SubjectRole } from '@zhixing/domain';
import type { AgencyPrincipal } from '../credit-check/agency-book.js';
import type { ServiceContext } from '../context.js';

const TRAVEL: readonly Scenario[] = ['leaveCountry', 'flight', 'shipCabin'];

/** Does any of the agency's scenarios concern a measure of this kind binding this role? */
function relevant(agency: AgencyPrincipal, kind: MeasureKind, role: SubjectRole): boolean {
  for (const s of agency.scenarios) if (blocks(s, kind, role)) return true;
  return false;
}

/**
 * The change feed an agency keeps its local copy with: every addition and removal, in commit
 * order, of the measures its scenarios care about (an airline is not sent exit restrictions).
 * Removals are in the feed from the commit that made them. The cursor is the last seq seen.
 */
export async function readChangeFeed(ctx: ServiceContext, agency: AgencyPrincipal, query: { cursor?: string | undefined; limit: number }) {
  const after = query.cursor === undefined ? 0 : Number(query.cursor.slice(1));
  if (!Number.isSafeInteger(after) || after < 0) throw new AppError('CURSOR_INVALID');
  const rows = await readFeed(ctx.database.db, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const items = [];
  for (const r of page) {
    const p = r.payload as Record<string, unknown>;
    if (r.op === 'add' || r.op === 'remove') {
      if (!relevant(agency, p.kind as MeasureKind, p.role as SubjectRole)) continue;
      items.push({
        seq: r.seq,
        op: r.op,
        occurredAt: r.occurred_at.toISOString(),
        measureId: p.measureId as number,
        subjectKind: p.subjectKind as 'person' | 'organisation',
        subjectId: p.subjectId as string,
        name: (p.name as string | undefined) ?? null,
        kind: p.kind as string,
        role: p.role as string,
        caseNumber: (p.caseNumber as string | undefined) ?? null,
        courtId: r.court_id,
        since: (p.since as string | undefined) ?? null,
        boundTo: (p.boundTo as string | null | undefined) ?? null,
        detail: r.op === 'remove' ? { ground: p.ground } : null,
      });
    } else {
      // Permits go to the agencies whose acts they permit; document bindings to those that check
      // travellers by passport (border, airlines, shipping) — no one else needs them.
      if ((r.op === 'permit' || r.op === 'revokePermit') && !(p.scenarios as string[] | undefined ?? []).some((s) => agency.scenarios.has(s as never))) continue;
      if ((r.op === 'alias' || r.op === 'unalias') && !TRAVEL.some((s) => agency.scenarios.has(s))) continue;
      items.push({ seq: r.seq, op: r.op, occurredAt: r.occurred_at.toISOString(), measureId: null, subjectKind: null, subjectId: (p.subjectId as string | undefined) ?? null, name: null, kind: null, role: null, caseNumber: null, courtId: r.court_id, since: null, boundTo: null, detail: p });
    }
  }
  const last = page.at(-1)?.seq ?? after;
  return { items, nextCursor: `c${last}`, hasMore: rows.length > query.limit };
}
