import { replaceDeadlines, type CaseRow, type Executor } from '@zhixing/db';
import { computeCaseDeadlines, type CaseDeadlines, type CaseSnapshot, type CivilDate, type NodeDeadline, type WorkingDayCalendar } from '@zhixing/domain';

export interface DeadlineSummary {
  raw: CaseDeadlines;
  nodes: NodeDeadline[];
  nextDueDate: CivilDate | null;
  overdue: boolean;
}

/** The node deadlines of a case as the law gives them today (recomputed after every act). */
export function deadlinesOf(calendar: WorkingDayCalendar, snapshot: CaseSnapshot, today: CivilDate): DeadlineSummary {
  const d = computeCaseDeadlines(calendar, snapshot, today);
  const nodes = [d.assignment, d.notice, d.closing];
  const pending = nodes.filter((n) => !n.done && !n.paused).map((n) => n.dueDate).sort();
  return { raw: d, nodes, nextDueDate: pending[0] ?? null, overdue: nodes.some((n) => n.overdue) };
}

/** The case_deadlines rows of a case's node deadlines. */
export function deadlineRows(caseRef: Pick<CaseRow, 'id' | 'court_id'>, summary: DeadlineSummary) {
  return summary.nodes.map((n) => ({
    case_id: caseRef.id,
    court_id: caseRef.court_id,
    node: n.node,
    due_date: n.dueDate,
    done_on: n.doneOn ?? null,
    paused: n.paused ?? false,
    uncovered_years: n.uncoveredYears,
    legal_basis: n.legalBasis,
  }));
}

/** Stores the node deadlines (case_deadlines) so lists sort by them and the scan finds them. */
export async function storeDeadlines(trx: Executor, row: Pick<CaseRow, 'id' | 'court_id'>, summary: DeadlineSummary): Promise<void> {
  await replaceDeadlines(trx, row.id, deadlineRows(row, summary));
}
