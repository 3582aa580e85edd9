/** A measure as a check's answer shows it (kept per measure by the runtime: CreditRuntime.measureView). */
import type { CivilDate, MeasureKind, SubjectRole } from '@zhixing/domain';

export interface MatchedMeasureView {
  measureId: number;
  kind: MeasureKind;
  role: SubjectRole;
  boundTo: string | null;
  caseNumber: string;
  courtId: string;
  courtName: string;
  since: CivilDate;
  legalBasis: string;
}
