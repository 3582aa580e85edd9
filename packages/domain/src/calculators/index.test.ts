import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from '../index.js';
import type {
  DelayInterestInput,
  DelayInterestPayment,
  DelayInterestResult,
  DelayInterestSegment,
  EnforcementFee,
  FeeBand,
  PreservationFee,
} from '../index.js';
import * as calculators from './index.js';

// Other packages code against exactly these names; adding or renaming one must be deliberate.
const PUBLIC = ['delayedPerformanceInterest', 'enforcementFee', 'preservationFee'];

describe('calculators public API', () => {
  it('exports exactly the agreed names, also from the package root', () => {
    assert.deepEqual(Object.keys(calculators).sort(), PUBLIC);
    const root = domain as Record<string, unknown>;
    const barrel = calculators as Record<string, unknown>;
    for (const name of PUBLIC) assert.equal(root[name], barrel[name], name);
  });

  it('exports the result and input types', () => {
    const fee: EnforcementFee = domain.enforcementFee(15_000_000);
    const bands: FeeBand[] = fee.kind === 'amount' ? fee.bands : [];
    const preservation: PreservationFee = domain.preservationFee(null);
    const payment: DelayInterestPayment = { date: '2024-02-10', amount: 3_000_000 };
    const input: DelayInterestInput = { principal: 10_000_000, performanceDeadline: '2024-01-10', until: '2024-04-10', payments: [payment] };
    const result: DelayInterestResult = domain.delayedPerformanceInterest(input);
    const first: DelayInterestSegment | undefined = result.segments[0];
    assert.equal(fee.fee, 215_000);
    assert.equal(bands.length, 2);
    assert.equal(preservation.fee, 3_000);
    assert.equal(first?.days, 31);
  });
});
