/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ENDING_GROUND_LABELS, PERMITTABLE_SCENARIOS, endingGroundsFor } from './labels-credit.js';

describe('the credit labels the console takes from the domain', () => {
  it('offers each measure the grounds its own rule names, and never the one-person release', () => {
    assert.ok(Object.hasOwn(endingGroundsFor('dishonestListing'), 'wronglyListed'));
    assert.deepEqual(Object.keys(endingGroundsFor('consumptionRestriction')), ['performedInFull', 'securityProvided', 'applicantConsents']);
    assert.equal(endingGroundsFor('exitRestriction')['performedInFull']?.article, '执行程序解释第二十五条');
    assert.equal(endingGroundsFor('consumptionRestriction')['performedInFull']?.article, '限高规定第九条');
    // Shown when the server recorded it, but not offered by the end dialog.
    assert.ok(Object.hasOwn(ENDING_GROUND_LABELS, 'formerOfficerReplaced') && Object.hasOwn(ENDING_GROUND_LABELS, 'reconsiderationGranted'));
  });

  it('permits only the acts a consumption restriction forbids', () => {
    assert.ok(PERMITTABLE_SCENARIOS.includes('flight') && PERMITTABLE_SCENARIOS.includes('highPremiumInsurance'));
    assert.ok(!PERMITTABLE_SCENARIOS.includes('leaveCountry') && !PERMITTABLE_SCENARIOS.includes('publicBidding'));
  });
});
