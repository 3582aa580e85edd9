import { AppError, type CaseDetail } from '@zhixing/contracts';
import { findCourt, findUserById, listClaims, listParties, type CaseRow, type ClaimRow, type CourtRow, type Executor, type PartyRow, type UserRow } from '@zhixing/db';
import { allowedActions, diffDays, fenToYuanString, isRole, type CivilDate, type WorkingDayCalendar } from '@zhixing/domain';
import type { Actor } from '../context.js';
import { snapshotOf } from './case-snapshot.js';
import { deadlinesOf } from './refresh-deadlines.js';

export interface CaseParts {
  court: CourtRow;
  handler: UserRow | null;
  parties: PartyRow[];
  claims: ClaimRow[];
}

/** The case page's data for this actor: masked parties, live deadlines, and the acts open to them now. */
export async function caseView(db: Executor, calendar: WorkingDayCalendar, actor: Actor, row: CaseRow, today: CivilDate, known?: CaseParts): Promise<CaseDetail> {
  // A use case that just wrote the parts passes them in instead of reading them back.
  const [court, handler, parties, claims] = known
    ? [known.court, known.handler ?? undefined, known.parties, known.claims]
    : await Promise.all([
        findCourt(db, row.court_id),
        row.handler_id ? findUserById(db, row.handler_id) : Promise.resolve(undefined),
        listParties(db, row.id),
        listClaims(db, row.id),
      ]);
  if (!court) throw new AppError('NOT_FOUND');
  const snapshot = snapshotOf(row);
  const deadlines = deadlinesOf(calendar, snapshot, today);
  const domainActor = { userId: actor.userId, role: actor.role, courtId: actor.courtId };
  return {
    id: row.id,
    caseNumber: row.case_number,
    court: { id: court.id, code: court.code, name: court.name, nameEn: court.name_en },
    caseType: row.case_type as CaseDetail['caseType'],
    stage: snapshot.stage,
    handler: handler && isRole(handler.role) ? { id: handler.id, displayName: handler.display_name, role: handler.role } : null,
    filedOn: row.filed_on,
    receivedOn: row.received_on,
    cause: row.cause,
    basis: {
      type: snapshot.basisType,
      issuer: row.basis_issuer,
      documentNumber: row.basis_document_number,
      effectiveDate: row.basis_effective_date,
      performanceDeadline: row.performance_deadline,
    },
    nonLitigation: row.non_litigation,
    applicationLimit: { end: row.application_limit_end, pastLimit: row.past_application_limit },
    suspension: snapshot.suspension,
    excludedDays: row.excluded_days,
    extensionMonths: row.extension_months,
    pendingExtension: snapshot.pendingExtension,
    closingMethod: snapshot.closingMethod,
    closedOn: row.closed_on,
    claimTotal: fenToYuanString(row.claim_total_fen),
    parties: parties.map((p) => ({
      id: p.id,
      partyRole: p.party_role,
      kind: p.kind,
      name: p.name,
      idNumberMasked: p.id_number_masked,
      creditCode: p.credit_code,
      legalRepresentative: p.legal_representative,
      address: p.address,
      phone: p.phone,
    })),
    claims: claims.map((c) => ({ id: c.id, kind: c.kind, amount: c.amount_fen === null ? null : fenToYuanString(c.amount_fen), description: c.description })),
    deadlines: deadlines.nodes.map((n) => ({
      node: n.node,
      dueDate: n.dueDate,
      done: n.done,
      doneOn: n.doneOn ?? null,
      overdue: n.overdue,
      paused: n.paused ?? false,
      daysLeft: n.done || n.paused ? null : diffDays(today, n.dueDate),
      uncoveredYears: n.uncoveredYears,
      legalBasis: n.legalBasis,
    })),
    allowedActions: allowedActions(snapshot, domainActor, today, calendar).map((a) => ({
      type: a.type,
      allowed: a.allowed,
      ...(a.reason ? { reasonZh: a.reason.messageZh, reasonEn: a.reason.messageEn } : {}),
    })),
    lastActionOn: row.last_action_on,
    version: row.version,
  };
}
