import type { AuditVerifyReply, CourtsReply } from '../../api/endpoints.js';

type Report = AuditVerifyReply['reports'][number];
type Court = CourtsReply['items'][number];

export interface AuditRow {
  readonly courtId: string;
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  /** Null: the court has no events yet, so there was no chain to walk. */
  readonly report: Report | null;
}

/**
 * One row per court the user may see, in the courts' order, with its chain report. The
 * verification reports only courts that have events; a court without any still gets its row,
 * so a missing court reads "no events yet" and never looks like one that was skipped. A report
 * for a court the list does not know is kept too, under its id.
 */
export function auditRows(reports: readonly Report[], courts: readonly Court[]): AuditRow[] {
  const byCourt = new Map(reports.map((r) => [r.courtId, r]));
  const rows: AuditRow[] = courts.map((c) => ({ courtId: c.id, code: c.code, name: c.name, nameEn: c.nameEn, report: byCourt.get(c.id) ?? null }));
  for (const r of reports) {
    if (!courts.some((c) => c.id === r.courtId)) rows.push({ courtId: r.courtId, code: '', name: r.courtId, nameEn: r.courtId, report: r });
  }
  // Broken chains first: they are what the reader came for.
  return rows.sort((a, b) => Number(a.report?.valid ?? true) - Number(b.report?.valid ?? true));
}
