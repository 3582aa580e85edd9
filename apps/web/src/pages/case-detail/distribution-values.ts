import type { listDistributionPlansRoute, makeDistributionPlanRoute, recordPlanServiceRoute } from '@zhixing/contracts';
import type { DistributionDebtorKind } from '@zhixing/contracts/labels';
import type { SessionUser } from '../../auth/session-context.js';
import type { DistributionPlan, PlanBody, PlanClaimBody, PlanLine, PlanServiceBody } from './distribution-api.js';
import { yuanToFen } from './control-values.js';

/**
 * The plain values behind 参与分配 (distribution among several creditors, 民诉法解释 arts.
 * 506–514): who makes a plan and records its service, the request built from the dialog's rows
 * (yuan typed, integer fen sent), the debtor kind that fits the case's debtor, the totals of a
 * plan, and how near each 15-day period is to its end.
 */
type Role = SessionUser['role'];

/** The handler makes the plan (as he takes costs and proposes payments). */
const PLAN_ROLES = ['judge', 'officer'] as const;
/** Service is recorded by whoever serves: the handler or the clerk. */
const SERVICE_ROLES = ['judge', 'officer', 'clerk'] as const;

const has = (list: readonly Role[], user: SessionUser): boolean => list.includes(user.role);
export const canMakePlans = (user: SessionUser): boolean => has(PLAN_ROLES, user);
export const canRecordPlanService = (user: SessionUser): boolean => has(SERVICE_ROLES, user);

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails the type check when a contract's role list changes. */
export type DistributionRolesMatchContracts = [
  Assert<Same<(typeof PLAN_ROLES)[number], RolesOf<typeof makeDistributionPlanRoute>>>,
  Assert<Same<(typeof SERVICE_ROLES)[number], RolesOf<typeof recordPlanServiceRoute>>>,
  Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof listDistributionPlansRoute>>>,
];

/**
 * The debtor kinds that fit the case's debtor (the server refuses the others:
 * DISTRIBUTION_DEBTOR_KIND_MISMATCH): a person is a natural person; an organisation is an other
 * organisation or an enterprise, which the court decides (a partnership is 其他组织, a company 企业法人).
 */
export function debtorKindChoices(parties: readonly { partyRole: 'applicant' | 'debtor'; kind: 'person' | 'organisation' }[]): { preset: DistributionDebtorKind | undefined; allowed: readonly DistributionDebtorKind[] } {
  // The server checks the case's first debtor.
  const debtor = parties.find((p) => p.partyRole === 'debtor');
  if (!debtor) return { preset: undefined, allowed: ['naturalPerson', 'otherOrganisation', 'enterprise'] };
  if (debtor.kind === 'person') return { preset: 'naturalPerson', allowed: ['naturalPerson'] };
  return { preset: undefined, allowed: ['otherOrganisation', 'enterprise'] };
}

/** One creditor row of the plan dialog, as typed (amounts in yuan, the priority date as YYYY-MM-DD). */
export interface ClaimRow {
  creditor?: string | undefined;
  basis?: string | undefined;
  amount?: string | undefined;
  hasPriority?: boolean | undefined;
  rank?: number | null | undefined;
  since?: string | null | undefined;
  note?: string | undefined;
  seizureOrder?: number | null | undefined;
}

export interface PlanRows {
  proceedsSource?: string | undefined;
  amount?: string | undefined;
  costs?: string | undefined;
  debtorKind?: DistributionDebtorKind | undefined;
  claims?: readonly (ClaimRow | undefined)[] | undefined;
}

/** The costs as typed: left empty they are none (0); otherwise yuan with at most two decimals. */
export function costsToFen(input: string | null | undefined): number | null {
  const trimmed = (input ?? '').trim().replace(/,/g, '');
  if (trimmed === '' || /^0+(\.0{1,2})?$/.test(trimmed)) return 0;
  return yuanToFen(trimmed);
}

const trimmed = (v: string | undefined): string => (v ?? '').trim();

/** One claim of the request, or null when a field the claim needs is missing or malformed. */
export function claimBody(row: ClaimRow, debtorKind: DistributionDebtorKind): PlanClaimBody | null {
  const creditor = trimmed(row.creditor);
  const amountFen = yuanToFen(row.amount);
  const basis = trimmed(row.basis);
  if (!creditor || amountFen === null) return null;
  let priority: PlanClaimBody['priority'];
  if (row.hasPriority) {
    const note = trimmed(row.note);
    if (!row.rank || !row.since || !note) return null;
    priority = { rank: row.rank, since: row.since, note };
  } else if (!basis) {
    // An ordinary claim needs its enforcement basis (民诉法解释 art. 506 para. 1).
    return null;
  }
  return {
    creditor,
    amountFen,
    ...(basis ? { basis } : {}),
    ...(priority ? { priority } : {}),
    ...(debtorKind === 'enterprise' && row.seizureOrder ? { seizureOrder: row.seizureOrder } : {}),
  };
}

/** The request of 制作分配方案 from the dialog's values, or null while any of them is incomplete. */
export function planBody(rows: PlanRows): PlanBody | null {
  const proceedsSource = trimmed(rows.proceedsSource);
  const amountFen = yuanToFen(rows.amount);
  const costsFen = costsToFen(rows.costs);
  const debtorKind = rows.debtorKind;
  const list = rows.claims ?? [];
  if (!proceedsSource || amountFen === null || costsFen === null || !debtorKind || list.length === 0) return null;
  const claims: PlanClaimBody[] = [];
  for (const row of list) {
    const claim = row ? claimBody(row, debtorKind) : null;
    if (!claim) return null;
    claims.push(claim);
  }
  return { proceedsSource, amountFen, costsFen, debtorKind, claims };
}

/** What the creditors' rows claim together, counting only amounts typed correctly. */
export const claimsTotalFen = (rows: readonly (Pick<ClaimRow, 'amount'> | undefined)[]): number => rows.reduce((sum, r) => sum + (yuanToFen(r?.amount) ?? 0), 0);

/** The totals row of a plan's lines. */
export function lineTotals(lines: readonly Pick<PlanLine, 'owedFen' | 'paidFen' | 'shortfallFen'>[]): { owedFen: number; paidFen: number; shortfallFen: number } {
  return lines.reduce((t, l) => ({ owedFen: t.owedFen + l.owedFen, paidFen: t.paidFen + l.paidFen, shortfallFen: t.shortfallFen + l.shortfallFen }), { owedFen: 0, paidFen: 0, shortfallFen: 0 });
}

/** The tag colour of each tier of a line (the Record makes a new tier fail the type check). */
export const TIER_COLORS: Readonly<Record<PlanLine['tier'], string>> = { costs: 'default', priority: 'gold', ordinary: 'blue' };

/** Whole days from one civil date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** A period within 3 days of its last day is orange; the last day itself too; one over is grey. */
export const PERIOD_SOON_DAYS = 3;

export type PeriodTone = 'running' | 'soon' | 'lastDay' | 'over';

/** How far a 15-day period (异议、反对、起诉期限) is from its last day `dueOn`, seen on `today`. */
export function periodState(dueOn: string, today: string): { daysLeft: number; tone: PeriodTone } {
  const daysLeft = daysBetween(today, dueOn);
  const tone: PeriodTone = daysLeft < 0 ? 'over' : daysLeft === 0 ? 'lastDay' : daysLeft <= PERIOD_SOON_DAYS ? 'soon' : 'running';
  return { daysLeft, tone };
}

export const PERIOD_COLORS: Readonly<Record<PeriodTone, string>> = { running: 'blue', soon: 'orange', lastDay: 'orange', over: 'default' };

/**
 * Where a plan stands: 无异议，可执行 once the server says it stands unopposed; 有异议 when someone
 * objected; 异议期内 while a period runs; 待送达 before any service is recorded.
 */
export type PlanStatus = 'unopposed' | 'objected' | 'inPeriod' | 'unserved';

export function planStatus(plan: Pick<DistributionPlan, 'unopposed' | 'parties'>): PlanStatus {
  if (plan.unopposed) return 'unopposed';
  if (plan.parties.some((p) => p.objected)) return 'objected';
  return plan.parties.length === 0 ? 'unserved' : 'inPeriod';
}

export const PLAN_STATUS_COLORS: Readonly<Record<PlanStatus, string>> = { unopposed: 'green', objected: 'red', inPeriod: 'blue', unserved: 'default' };

/** Who the plan is served on (民诉法解释 art. 509): its creditors, in payment order, then the debtors. */
export function serviceCandidates(plan: Pick<DistributionPlan, 'lines'>, debtorNames: readonly string[]): string[] {
  const names = plan.lines.filter((l) => l.claimIndex !== null).map((l) => l.creditor);
  return [...new Set([...names, ...debtorNames])];
}

/** Those of the candidates with no service recorded yet. */
export const unservedParties = (plan: Pick<DistributionPlan, 'lines' | 'parties'>, debtorNames: readonly string[]): string[] => {
  const served = new Set(plan.parties.map((p) => p.party));
  return serviceCandidates(plan, debtorNames).filter((n) => !served.has(n));
};

/** The service dialog's values, dates as YYYY-MM-DD. */
export interface ServiceRows {
  party?: string | undefined;
  planServedOn?: string | null | undefined;
  objectionNoticeOn?: string | null | undefined;
  oppositionNoticeOn?: string | null | undefined;
  objected?: boolean | undefined;
}

/** The request of 登记送达, or null without a party or the day the plan was served. */
export function serviceBody(rows: ServiceRows): PlanServiceBody | null {
  const party = trimmed(rows.party);
  if (!party || !rows.planServedOn) return null;
  return {
    party,
    planServedOn: rows.planServedOn,
    ...(rows.objectionNoticeOn ? { objectionNoticeOn: rows.objectionNoticeOn } : {}),
    ...(rows.oppositionNoticeOn ? { oppositionNoticeOn: rows.oppositionNoticeOn } : {}),
    objected: rows.objected ?? false,
  };
}
