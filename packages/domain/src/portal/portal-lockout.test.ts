import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PORTAL_LOCKOUT, afterWrongCode, isPortalLocked } from './portal-lockout.js';

describe('portal lockout', () => {
  it('locks on the third wrong code for half an hour, then starts counting afresh', () => {
    const t0 = 1_000_000;
    const one = afterWrongCode({ failures: 0, lockedUntil: null }, t0);
    assert.deepEqual(one, { failures: 1, lockedUntil: null, lockedNow: false });
    const two = afterWrongCode(one, t0 + 1);
    assert.equal(two.lockedNow, false);
    const three = afterWrongCode(two, t0 + 2);
    assert.deepEqual(three, { failures: 0, lockedUntil: t0 + 2 + PORTAL_LOCKOUT.lockMs, lockedNow: true });
    assert.equal(isPortalLocked(three, t0 + 3), true);
    assert.equal(isPortalLocked(three, t0 + 2 + PORTAL_LOCKOUT.lockMs), false);
    assert.equal(isPortalLocked({ failures: 2, lockedUntil: null }, t0), false);
    // After the lock has run out, one wrong code is one failure, not a new lock.
    assert.deepEqual(afterWrongCode(three, t0 + 3 + PORTAL_LOCKOUT.lockMs), { failures: 1, lockedUntil: null, lockedNow: false });
  });
});
