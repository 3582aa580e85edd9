import type { actOnControlRoute, listCaseControlsRoute, listExpiringControlsRoute, orderControlRoute, previewControlRoute } from '@zhixing/contracts';
import { PROPERTY_KINDS, type PropertyKind } from '@zhixing/contracts/labels';
import type { SessionUser } from '../../auth/session-context.js';
import { YUAN_PATTERN } from '../../format/money.js';
import type { CaseControl, ExpiringControl } from './control-api.js';

/**
 * The plain values behind 控制措施 (property controls): who may order and act, which acts a control
 * takes now, how near its renewal date is, and amounts typed in yuan turned into integer fen
 * without a float.
 */
type Role = SessionUser['role'];

/** Ordering, renewing, releasing and deducting are the handler's acts (the contracts' roles). */
const CONTROL_ORDER_ROLES = ['judge', 'officer'] as const;
/** An order above what the guard allows, on a lawful ground (查封规定 art. 19), is for a judge only. */
const CONTROL_OVERRIDE_ROLES = ['judge'] as const;

export const canOrderControls = (user: SessionUser): boolean => (CONTROL_ORDER_ROLES as readonly Role[]).includes(user.role);
export const canOverrideGuard = (user: SessionUser): boolean => (CONTROL_OVERRIDE_ROLES as readonly Role[]).includes(user.role);

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails the type check when a contract's role list changes. */
export type ControlRolesMatchContracts = [
  Assert<Same<(typeof CONTROL_ORDER_ROLES)[number], RolesOf<typeof orderControlRoute>>>,
  Assert<Same<(typeof CONTROL_ORDER_ROLES)[number], RolesOf<typeof previewControlRoute>>>,
  Assert<Same<(typeof CONTROL_ORDER_ROLES)[number], RolesOf<typeof actOnControlRoute>>>,
  Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof listCaseControlsRoute>>>,
  Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof listExpiringControlsRoute>>>,
];

export type ControlState = CaseControl['state'];
export type ControlAct = CaseControl['act'];
export type ControlActKind = NonNullable<CaseControl['pendingAct']>;

/** The tag colour of each state (the Record makes a new state fail the type check). */
export const CONTROL_STATE_COLORS: Readonly<Record<ControlState, string>> = {
  requested: 'processing',
  inEffect: 'green',
  waiting: 'gold',
  refused: 'red',
  failed: 'red',
  released: 'default',
  lapsed: 'volcano',
  exhausted: 'purple',
};

/** Whether a kind of property can be held at all (information records, such as tax, cannot). */
export const isControllable = (kind: PropertyKind): boolean => PROPERTY_KINDS[kind].control !== null;

/** Part of it can be held or released (an amount of a deposit), not only the whole (a flat). */
export const isDivisible = (kind: PropertyKind): boolean => PROPERTY_KINDS[kind].divisible;

/** The acts a control takes now: none while the institution has one to answer; a waiting control can only be withdrawn. */
export function availableActs(c: Pick<CaseControl, 'state' | 'pendingAct' | 'act' | 'propertyKind'>): ControlActKind[] {
  if (c.pendingAct !== null) return [];
  if (c.state === 'waiting') return ['release'];
  if (c.state !== 'inEffect') return [];
  return c.act === 'freeze' && PROPERTY_KINDS[c.propertyKind].deductible ? ['renew', 'release', 'deduct'] : ['renew', 'release'];
}

/** The institution still has something to answer: the order itself, or an act on it. */
export const awaitingInstitution = (c: Pick<CaseControl, 'state' | 'pendingAct'>): boolean => c.state === 'requested' || c.pendingAct !== null;

/** What a freeze holds now: what the institution confirmed (else what was asked) less what was paid over. */
export function remainingFen(c: Pick<CaseControl, 'heldFen' | 'amountFen' | 'deductedFen'>): number | null {
  const base = c.heldFen ?? c.amountFen;
  return base === null ? null : Math.max(0, base - c.deductedFen);
}

export type RenewUrgency = 'overdue' | 'urgent' | 'soon' | 'normal';

/** Renewal due in 7 days or fewer is urgent (red), in 30 or fewer soon (orange); past the date, overdue. */
export function renewUrgency(daysToRenew: number): RenewUrgency {
  if (daysToRenew < 0) return 'overdue';
  if (daysToRenew <= 7) return 'urgent';
  if (daysToRenew <= 30) return 'soon';
  return 'normal';
}

export const RENEW_URGENCY_COLORS: Readonly<Record<RenewUrgency, string>> = { overdue: 'red', urgent: 'red', soon: 'orange', normal: 'default' };

/**
 * A yuan amount as typed ("1,500.5", "150000") in integer fen, from its digits alone (no float);
 * null when it is not a positive amount with at most two decimals, or too large to be exact.
 */
export function yuanToFen(input: string | null | undefined): number | null {
  const trimmed = (input ?? '').trim().replace(/,/g, '');
  if (!YUAN_PATTERN.test(trimmed)) return null;
  const [whole = '0', fraction = ''] = trimmed.split('.');
  const fen = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(fen) && fen > 0 ? fen : null;
}

/** Integer fen as the plain yuan string a person would type ("1234.56"), for filling an amount field. */
export function fenToYuanInput(fen: number): string {
  const cents = fen % 100;
  return `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`;
}

/** The calendar's order: the soonest expiry first, then the soonest renewal date, then by case number. */
export const sortByExpiry = (rows: readonly ExpiringControl[]): ExpiringControl[] =>
  [...rows].sort((a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.renewBy.localeCompare(b.renewBy) || a.caseNumber.localeCompare(b.caseNumber, 'zh'));

/** The calendar's default window and its limit (as the server applies them). */
export const EXPIRING_DEFAULT_DAYS = 60;
export const EXPIRING_MAX_DAYS = 366;
