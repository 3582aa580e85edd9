import { parseCaseNumber, unwrap } from '@zhixing/domain';
import type { IndexedMeasure } from '../credit-index/index.js';
import type { MeasureAdded } from './feed-payloads.js';

/** A feed entry as the index stores it (the case number in parts, so it packs into a few bytes). */
export function indexedMeasureOf(m: MeasureAdded): IndexedMeasure {
  return {
    measureId: m.measureId,
    subjectKind: m.subjectKind,
    subjectId: m.subjectId,
    name: m.name,
    kind: m.kind,
    role: m.role,
    caseNumber: unwrap(parseCaseNumber(m.caseNumber)),
    courtId: m.courtId,
    since: m.since,
    boundTo: m.boundTo,
  };
}
