import type { actOnCaseRoute, fileCaseRoute, listWarningsRoute, revealPartyIdRoute } from '@zhixing/contracts';
import type { SessionUser } from './session-context.js';

/**
 * Who may do what, mirrored from the route contracts so the console hides what the server would
 * refuse anyway. The type checks at the bottom fail when a contract's role list changes.
 */
type Role = SessionUser['role'];

const FILING_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief'] as const;
const ACTING_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;
const REVEAL_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;
const SUPERVISING_ROLES = ['bureau_chief', 'president', 'city_supervisor'] as const;

const has = (list: readonly Role[], role: Role): boolean => list.includes(role);

export const canFileCases = (user: SessionUser): boolean => has(FILING_ROLES, user.role);
export const canActOnCases = (user: SessionUser): boolean => has(ACTING_ROLES, user.role);
export const canRevealIds = (user: SessionUser): boolean => has(REVEAL_ROLES, user.role);
export const canSeeWarnings = (user: SessionUser): boolean => has(SUPERVISING_ROLES, user.role);

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type RoleListsMatchContracts = [
  Assert<Same<(typeof FILING_ROLES)[number], RolesOf<typeof fileCaseRoute>>>,
  Assert<Same<(typeof ACTING_ROLES)[number], RolesOf<typeof actOnCaseRoute>>>,
  Assert<Same<(typeof REVEAL_ROLES)[number], RolesOf<typeof revealPartyIdRoute>>>,
  Assert<Same<(typeof SUPERVISING_ROLES)[number], RolesOf<typeof listWarningsRoute>>>,
];
