import type { z } from 'zod';
import type { Selectable } from 'kysely';
import type { zCorrection } from '@zhixing/contracts';
import type { CreditCorrectionsTable, Executor } from '@zhixing/db';
import { diffDays, type CivilDate, type CorrectionGround } from '@zhixing/domain';

export type Correction = z.infer<typeof zCorrection>;

/**
 * The reply shape of correction requests and reconsiderations, with the case and both courts named:
 * the console lists only the user's own courts, so a higher court's queue (and a lower court
 * following its forwarded reconsideration) would otherwise have no name for the other court.
 */
export async function correctionView(db: Executor, rows: ReadonlyArray<Selectable<CreditCorrectionsTable>>, todayDate: CivilDate): Promise<Correction[]> {
  if (rows.length === 0) return [];
  const decisions = await db
    .selectFrom('credit_decisions as d')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .select(['d.id', 'd.case_id', 'd.court_id', 'd.document_number', 'k.case_number'])
    .where('d.id', 'in', [...new Set(rows.map((r) => r.decision_id))])
    .execute();
  const courtIds = [...new Set([...rows.map((r) => r.court_id), ...decisions.map((d) => d.court_id)])];
  const courts = new Map((await db.selectFrom('courts').select(['id', 'name', 'name_en']).where('id', 'in', courtIds).execute()).map((c) => [c.id, c]));
  return rows.map((r) => {
    const d = decisions.find((x) => x.id === r.decision_id)!;
    const court = courts.get(r.court_id)!;
    const decisionCourt = courts.get(d.court_id)!;
    return {
      id: r.id,
      kind: r.kind,
      parentId: r.parent_id,
      decisionCourtId: d.court_id,
      decisionCourtName: decisionCourt.name,
      decisionCourtNameEn: decisionCourt.name_en,
      decisionId: r.decision_id,
      courtId: r.court_id,
      courtName: court.name,
      courtNameEn: court.name_en,
      caseId: d.case_id,
      caseNumber: d.case_number,
      documentNumber: d.document_number,
      applicantName: r.applicant_name,
      ground: r.ground as CorrectionGround | 'exitRestriction',
      reason: r.reason,
      receivedOn: r.received_on,
      reviewDueOn: r.review_due_on,
      daysLeft: diffDays(todayDate, r.review_due_on),
      status: r.status,
      decidedOn: r.decided_on,
      decisionNote: r.decision_note,
      fixDueOn: r.fix_due_on,
      reconsiderationApplyBy: r.reconsideration_apply_by,
    };
  });
}
