import type { CaseRow, CaseUpdate } from '@zhixing/db';
import type { BasisType, CaseSnapshot, CaseStage, ClosingMethod } from '@zhixing/domain';

/** The domain's view of a stored case (the row is the projection of the case's events). */
export function snapshotOf(row: CaseRow): CaseSnapshot {
  return {
    stage: row.stage as CaseStage,
    courtId: row.court_id,
    handlerId: row.handler_id,
    filedOn: row.filed_on,
    receivedOn: row.received_on,
    basisType: row.basis_type as BasisType,
    nonLitigation: row.non_litigation,
    noticeServedOn: row.notice_served_on,
    suspension: (row.suspension ?? null) as CaseSnapshot['suspension'],
    excludedDays: row.excluded_days,
    extensionMonths: row.extension_months,
    pendingExtension: (row.pending_extension ?? null) as CaseSnapshot['pendingExtension'],
    closingMethod: (row.closing_method ?? null) as ClosingMethod | null,
    closedOn: row.closed_on,
  };
}

/** The columns a decision changes. */
export function patchOf(next: CaseSnapshot): CaseUpdate {
  return {
    stage: next.stage,
    handler_id: next.handlerId,
    notice_served_on: next.noticeServedOn,
    suspension: next.suspension ? JSON.stringify(next.suspension) : null,
    excluded_days: next.excludedDays,
    extension_months: next.extensionMonths,
    pending_extension: next.pendingExtension ? JSON.stringify(next.pendingExtension) : null,
    closing_method: next.closingMethod,
    closed_on: next.closedOn,
  };
}

/** The part of the snapshot recorded as before/after in an event (no personal data). */
export function eventState(s: CaseSnapshot): Record<string, unknown> {
  return {
    stage: s.stage,
    handlerId: s.handlerId,
    noticeServedOn: s.noticeServedOn,
    suspension: s.suspension,
    excludedDays: s.excludedDays,
    extensionMonths: s.extensionMonths,
    pendingExtension: s.pendingExtension,
    closingMethod: s.closingMethod,
    closedOn: s.closedOn,
  };
}
