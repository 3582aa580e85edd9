import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { roundHalfUp } from './round-half-up.js';

const CASES: ReadonlyArray<[bigint, bigint, bigint]> = [
  [0n, 7n, 0n],
  [14n, 10n, 1n], // 1.4
  [15n, 10n, 2n], // 1.5: halves go up
  [25n, 10n, 3n], // 2.5: up, not to even
  [16n, 10n, 2n],
  [499_999n, 1_000_000n, 0n],
  [500_000n, 1_000_000n, 1n],
  [3_500_000n, 1_000_000n, 4n],
];

describe('roundHalfUp', () => {
  for (const [n, d, expected] of CASES) {
    it(`${n.toString()}/${d.toString()} → ${expected.toString()}`, () => {
      assert.equal(roundHalfUp(n, d), expected);
    });
  }

  it('is within half a unit of the exact quotient (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (n, d) => {
        const r = roundHalfUp(n, d);
        // |r − n/d| ≤ 1/2, with exactly 1/2 only rounding up: −d < 2(r·d − n) ≤ d.
        const twice = 2n * (r * d - n);
        assert.ok(twice > -d && twice <= d);
      }),
    );
  });
});
