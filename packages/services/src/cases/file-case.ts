import { randomUUID } from 'node:crypto';
import { AppError, invalidField, type CaseDetail, type ClaimInput, type FileCaseRequest, type IssuedQueryCode, type PartyInput } from '@zhixing/contracts';
import { findCourt, findUserById, insertCase, insertCaseChildren, nextCaseSequence, type Executor } from '@zhixing/db';
import {
  applicationLimitWarning,
  civilParts,
  decide,
  formatCaseNumber,
  isNonLitigationBasis,
  maskResidentId,
  parseCreditCode,
  parseResidentId,
  parseYuan,
  unwrap,
  type CaseSnapshot,
  type CivilDate,
} from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { unwrapRule } from '../domain-errors.js';
import { eventState } from './case-snapshot.js';
import { caseView } from './case-view.js';
import { recordEvent } from './record-event.js';
import { deadlineRows, deadlinesOf } from './refresh-deadlines.js';
import { issueQueryCodes } from '../portal/query-codes.js';

/** A case just filed, with each party's portal query code — handed out this once (issue 5). */
export type FiledCase = CaseDetail & { readonly queryCodes: IssuedQueryCode[] };

const FILERS = ['judge', 'officer', 'clerk', 'bureau_chief'] as const;


function partyRow(p: PartyInput, caseId: string, courtId: string, partyRole: 'applicant' | 'debtor', position: number) {
  if (p.kind === 'person') {
    const id = unwrap(parseResidentId(p.idNumber));
    return {
      id: randomUUID(), case_id: caseId, court_id: courtId, position, party_role: partyRole, kind: p.kind, name: p.name,
      id_number: id.number, id_number_masked: maskResidentId(id.number), credit_code: null, birth_date: id.birthDate,
      legal_representative: null, address: p.address ?? null, phone: p.phone ?? null,
    };
  }
  const code = unwrap(parseCreditCode(p.creditCode));
  return {
    id: randomUUID(), case_id: caseId, court_id: courtId, position, party_role: partyRole, kind: p.kind, name: p.name,
    id_number: null, id_number_masked: null, credit_code: code.code, birth_date: null,
    legal_representative: p.legalRepresentative, address: p.address ?? null, phone: p.phone ?? null,
  };
}

function claimFen(c: ClaimInput): number | null {
  return c.kind === 'nonMoney' ? null : unwrap(parseYuan(c.amount));
}

function checkDates(input: FileCaseRequest, filedOn: CivilDate, todayDate: CivilDate): void {
  if (filedOn > todayDate) throw invalidField('filedOn', `立案日期不能晚于今天（${todayDate}）`, `The filing date cannot be after today (${todayDate})`);
  if (input.basis.effectiveDate > filedOn) {
    throw invalidField('basis.effectiveDate', '执行依据须在立案前已生效', 'The enforcement basis must have taken effect before filing');
  }
  if (input.basis.performanceDeadline !== null && input.basis.performanceDeadline < input.basis.effectiveDate) {
    throw invalidField('basis.performanceDeadline', '履行期限不得早于执行依据生效日期', 'The performance deadline cannot be before the basis took effect');
  }
}

/**
 * Files (立案) an enforcement case: the next gapless case number of the court/year/type, parties
 * and claims, the statutory node deadlines, and the filing event — all in one transaction.
 * A late application is accepted but flagged (民事诉讼法 art. 250; 民诉法解释 art. 481).
 */
/**
 * `options.alsoInTransaction` runs inside the filing's transaction once the case row is in (an online
 * filing request is answered by the very filing: both happen or neither does).
 */
export async function fileCase(ctx: ServiceContext, actor: Actor, input: FileCaseRequest, options: { alsoInTransaction?: (trx: Executor, filed: { caseId: string; caseNumber: string }) => Promise<void> } = {}): Promise<FiledCase> {
  requireRole(actor, FILERS);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const filedOn = input.filedOn ?? todayDate;
  const receivedOn = input.receivedOn ?? filedOn;
  checkDates(input, filedOn, todayDate);
  if (receivedOn > filedOn) throw invalidField('receivedOn', '收到申请日期不能晚于立案日期', 'The application cannot be received after the filing date');
  const court = await findCourt(db, actor.courtId);
  if (!court) throw new AppError('OUT_OF_COURT_SCOPE');
  const handler = input.handlerId ? await findUserById(db, input.handlerId) : undefined;
  if (input.handlerId) {
    if (!handler || handler.court_id !== actor.courtId || !['judge', 'officer'].includes(handler.role)) {
      throw invalidField('handlerId', '承办人须为本院的执行法官或执行员', 'The handler must be an enforcement judge or officer of this court');
    }
  }
  const claimAmounts = input.claims.map(claimFen);
  const claimTotal = claimAmounts.reduce<number>((sum, a) => sum + (a ?? 0), 0);
  if (!Number.isSafeInteger(claimTotal)) throw invalidField('claims', '标的总额过大', 'The total claim is too large');
  const calendar = await ctx.calendar();
  const limit = applicationLimitWarning({ performanceDeadline: input.basis.performanceDeadline, effectiveDate: input.basis.effectiveDate, filedOn }, calendar);
  const now = ctx.clock.now();
  const caseId = randomUUID();

  const nonLitigation = isNonLitigationBasis(input.basis.type);
  // The state after filing (and after the optional first assignment) is known before anything is
  // written, so the case row goes in once, with its deadlines, and the events record each step.
  const filed: CaseSnapshot = {
    stage: 'filed', courtId: court.id, handlerId: null, filedOn, receivedOn, basisType: input.basis.type, nonLitigation,
    noticeServedOn: null, suspension: null, excludedDays: 0, extensionMonths: 0, pendingExtension: null, closingMethod: null, closedOn: null,
  };
  const assignment = input.handlerId
    ? unwrapRule(decide(filed, { type: 'assignHandler', handlerId: input.handlerId }, { userId: actor.userId, role: actor.role, courtId: actor.courtId }, todayDate, calendar))
    : null;
  const state = assignment?.next ?? filed;
  const deadlines = deadlinesOf(calendar, state, todayDate);
  const parties = [
    ...input.applicants.map((p, i) => partyRow(p, caseId, court.id, 'applicant', i)),
    ...input.debtors.map((p, i) => partyRow(p, caseId, court.id, 'debtor', input.applicants.length + i)),
  ];
  const claims = input.claims.map((c, i) => ({ id: randomUUID(), case_id: caseId, court_id: court.id, position: i, kind: c.kind, amount_fen: claimAmounts[i] ?? null, description: c.description ?? '' }));

  const { row, queryCodes } = await db.transaction().execute(async (trx) => {
    // Everything that takes no lock first; from the case number on, other filings of this court wait.
    await insertCaseChildren(trx, { parties, claims, deadlines: deadlineRows({ id: caseId, court_id: court.id }, deadlines) });
    // Each party's query code for the public portal, printed on their filing notice (issue 5).
    const queryCodes = await issueQueryCodes(trx, parties, now, actor.userId);
    const year = civilParts(filedOn).year;
    const sequence = await nextCaseSequence(trx, court.id, year, input.caseType);
    const caseNumber = formatCaseNumber({ year, courtCode: court.code, caseType: input.caseType, sequence });
    const row = await insertCase(trx, {
      id: caseId,
      court_id: court.id,
      case_number: caseNumber,
      case_type: input.caseType,
      year,
      sequence,
      stage: state.stage,
      handler_id: state.handlerId,
      filed_on: filedOn,
      received_on: receivedOn,
      cause: input.cause,
      basis_type: input.basis.type,
      basis_issuer: input.basis.issuer,
      basis_document_number: input.basis.documentNumber,
      basis_effective_date: input.basis.effectiveDate,
      performance_deadline: input.basis.performanceDeadline,
      non_litigation: nonLitigation,
      application_limit_end: limit.limitEnd,
      past_application_limit: limit.pastLimit,
      notice_served_on: null,
      suspension: null,
      pending_extension: null,
      closing_method: null,
      closed_on: null,
      claim_total_fen: claimTotal,
      applicant_names: input.applicants.map((p) => p.name).join('、'),
      debtor_names: input.debtors.map((p) => p.name).join('、'),
      next_due_date: deadlines.nextDueDate,
      overdue: deadlines.overdue,
      last_action_on: todayDate,
      version: assignment ? 2 : 1,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await recordEvent(trx, ctx.clock, actor, {
      courtId: court.id,
      caseId,
      action: 'fileCase',
      after: {
        caseNumber,
        filedOn,
        receivedOn,
        cause: input.cause,
        basis: input.basis,
        applicants: parties.filter((p) => p.party_role === 'applicant').map((p) => ({ name: p.name, id: p.id_number_masked ?? p.credit_code })),
        debtors: parties.filter((p) => p.party_role === 'debtor').map((p) => ({ name: p.name, id: p.id_number_masked ?? p.credit_code })),
        claimTotalFen: claimTotal,
        pastApplicationLimit: limit.pastLimit,
      },
      legalBasis: '民事诉讼法 第二百四十七条、第二百五十条',
      summaryZh: `立案：${caseNumber}${limit.pastLimit ? `（${limit.messageZh ?? '已超过申请执行期间'}）` : ''}`,
      summaryEn: `Filed as ${caseNumber}${limit.pastLimit ? ` (${limit.messageEn ?? 'past the application period'})` : ''}`,
    });
    if (assignment && input.handlerId) {
      await recordEvent(trx, ctx.clock, actor, {
        courtId: court.id, caseId, action: 'assignHandler', before: eventState(filed), after: eventState(assignment.next),
        legalBasis: assignment.legalBasis,
        summaryZh: assignment.summaryZh.replaceAll(input.handlerId, handler?.display_name ?? ''),
        summaryEn: assignment.summaryEn.replaceAll(input.handlerId, handler?.display_name ?? ''),
      });
    }
    await options.alsoInTransaction?.(trx, { caseId, caseNumber });
    return { row, queryCodes };
  });
  const view = await caseView(db, calendar, actor, row, todayDate, { court, handler: handler ?? null, parties, claims });
  return { ...view, queryCodes };
}
