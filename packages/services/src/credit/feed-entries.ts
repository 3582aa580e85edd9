/** The change-feed entries of a decision's subjects: one per subject, the same for index and agencies. */
import type { FeedEntry } from '@zhixing/db';
import type { CreditDecisionRow, CreditSubjectRow } from '@zhixing/db';
import type { MeasureAdded, MeasureRemoved } from '../credit-check/feed-payloads.js';

const subjectIdOf = (s: CreditSubjectRow) => (s.subject_kind === 'person' ? s.id_number : s.credit_code) ?? '';

export function addEntries(d: CreditDecisionRow, subjects: readonly CreditSubjectRow[], caseNumber: string, since: string): FeedEntry[] {
  return subjects
    .filter((s) => s.lifted_at === null)
    .map((s) => {
      const payload: MeasureAdded = {
        measureId: s.id,
        decisionId: d.id,
        caseId: d.case_id,
        subjectKind: s.subject_kind,
        subjectId: subjectIdOf(s),
        name: s.name,
        kind: d.kind,
        role: s.role as MeasureAdded['role'],
        caseNumber,
        courtId: d.court_id,
        since,
        boundTo: s.bound_to,
      };
      return { op: 'add' as const, ref: s.id, courtId: d.court_id, payload };
    });
}

export function removeEntries(d: CreditDecisionRow, subjects: readonly CreditSubjectRow[], ground: string): FeedEntry[] {
  return subjects.map((s) => {
    const payload: MeasureRemoved = {
      measureId: s.id,
      decisionId: d.id,
      subjectKind: s.subject_kind,
      subjectId: subjectIdOf(s),
      kind: d.kind,
      role: s.role as MeasureRemoved['role'],
      ground,
    };
    return { op: 'remove' as const, ref: s.id, courtId: d.court_id, payload };
  });
}
