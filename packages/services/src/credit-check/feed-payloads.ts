/**
 * The payloads of change-feed entries (credit_feed.payload). One shape serves the check index
 * of every server process and the agencies' feed, so a copy kept from the feed equals the index.
 */
import type { CivilDate, MeasureKind, SubjectRole } from '@zhixing/domain';

export interface MeasureAdded {
  measureId: number;
  decisionId: string;
  caseId: string;
  subjectKind: 'person' | 'organisation';
  /** Full resident ID number or credit code: agencies match on it. */
  subjectId: string;
  name: string;
  kind: MeasureKind;
  role: SubjectRole;
  caseNumber: string;
  courtId: string;
  since: CivilDate;
  boundTo: string | null;
}

export interface MeasureRemoved {
  measureId: number;
  decisionId: string;
  subjectKind: 'person' | 'organisation';
  subjectId: string;
  kind: MeasureKind;
  role: SubjectRole;
  ground: string;
}

export interface PermitGranted {
  permitId: number;
  measureId: number;
  subjectId: string;
  scenarios: string[];
  validFrom: CivilDate;
  validTo: CivilDate;
}

export interface PermitRevoked {
  permitId: number;
  subjectId: string;
}

export interface AliasAdded {
  docType: string;
  docNumber: string;
  idNumber: string;
}
