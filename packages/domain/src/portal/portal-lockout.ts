/**
 * Party access on the public portal locks after repeated wrong query codes (issue 5: "a wrong query
 * code three times locks the case's party access for a while"). The lock is per case, whoever was
 * guessing, and lifts by itself; a right code before the third wrong one clears the count.
 */
export const PORTAL_LOCKOUT = { maxFailures: 3, lockMs: 30 * 60 * 1000 } as const;

export interface PortalLockState {
  readonly failures: number;
  /** Epoch ms until which access is refused; null when not locked. */
  readonly lockedUntil: number | null;
}

export const isPortalLocked = (s: PortalLockState, now: number): boolean => s.lockedUntil !== null && s.lockedUntil > now;

/** The state after one more wrong code at `now` (a lock that has run out starts a fresh count). */
export function afterWrongCode(s: PortalLockState, now: number): PortalLockState & { readonly lockedNow: boolean } {
  const failures = (s.lockedUntil !== null && s.lockedUntil <= now ? 0 : s.failures) + 1;
  if (failures >= PORTAL_LOCKOUT.maxFailures) return { failures: 0, lockedUntil: now + PORTAL_LOCKOUT.lockMs, lockedNow: true };
  return { failures, lockedUntil: null, lockedNow: false };
}
