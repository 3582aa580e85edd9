import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { excessHeld, guardControl, type HeldItem } from './over-seizure.js';

const YUAN = 100;
const held = (id: string, value: number, divisible = true): HeldItem => ({ id, value, divisible });

describe('guardControl (民事诉讼法 art. 253, 查封规定 art. 19)', () => {
  it('a deposit freeze within what is still owed passes; beyond it, only what is needed is frozen', () => {
    const within = guardControl({ outstanding: 100_000 * YUAN, held: [held('a', 30_000 * YUAN)], proposed: { value: 70_000 * YUAN, divisible: true } });
    assert.deepEqual(within, { ok: true, value: { verdict: 'within', covered: 30_000 * YUAN, needed: 70_000 * YUAN, coveredAfter: 100_000 * YUAN } });
    const over = guardControl({ outstanding: 100_000 * YUAN, held: [held('a', 30_000 * YUAN)], proposed: { value: 70_000 * YUAN + 1, divisible: true } });
    assert.deepEqual(over, { ok: true, value: { verdict: 'reduce', covered: 30_000 * YUAN, needed: 70_000 * YUAN, amount: 70_000 * YUAN } });
  });

  it('an indivisible item may pass the need by the tolerated margin (20 % of what is owed) and not a fen more', () => {
    const base = { outstanding: 1_000_000 * YUAN, held: [held('a', 400_000 * YUAN)] };
    const edge = guardControl({ ...base, proposed: { value: 800_000 * YUAN, divisible: false } });
    assert.equal(edge.ok && edge.value.verdict, 'within');
    const past = guardControl({ ...base, proposed: { value: 800_000 * YUAN + 1, divisible: false } });
    assert.deepEqual(past, { ok: true, value: { verdict: 'exceeds', reason: 'clearlyExceeds', covered: 400_000 * YUAN, needed: 600_000 * YUAN, excess: 200_000 * YUAN + 1, overrides: ['indivisibleNoOtherProperty'] } });
    const strict = guardControl({ ...base, proposed: { value: 600_000 * YUAN + 1, divisible: false }, clearExcessRatio: 0 });
    assert.equal(strict.ok && strict.value.verdict, 'exceeds');
  });

  it('once everything owed is held, any further control exceeds; only an indivisible one may be argued for', () => {
    const input = { outstanding: 50_000 * YUAN, held: [held('a', 30_000 * YUAN), held('b', 20_000 * YUAN, false)] };
    const deposit = guardControl({ ...input, proposed: { value: 1, divisible: true } });
    assert.deepEqual(deposit, { ok: true, value: { verdict: 'exceeds', reason: 'alreadyCovered', covered: 50_000 * YUAN, needed: 0, excess: 1, overrides: [] } });
    const flat = guardControl({ ...input, proposed: { value: 900_000 * YUAN, divisible: false } });
    assert.equal(flat.ok && flat.value.verdict === 'exceeds' && flat.value.overrides.join(), 'indivisibleNoOtherProperty');
  });

  it('refuses amounts that are not whole, non-negative fen, naming the field', () => {
    for (const [input, field] of [
      [{ outstanding: -1, held: [], proposed: { value: 1, divisible: true } }, 'outstanding'],
      [{ outstanding: 1, held: [], proposed: { value: 0.5, divisible: true } }, 'proposed.value'],
      [{ outstanding: 1, held: [held('a', 1), held('b', Number.NaN)], proposed: { value: 1, divisible: true } }, 'held[1].value'],
    ] as const) {
      const r = guardControl(input);
      assert.equal(r.ok, false);
      assert.equal(!r.ok && r.error.code, 'CONTROL_AMOUNT_INVALID');
      assert.equal(!r.ok && r.error.details?.field, field);
    }
  });

  it('always: a verdict that lets the order through never leaves a divisible order over the need', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.array(fc.nat({ max: 1e9 }), { maxLength: 5 }), fc.nat({ max: 2e9 }), fc.boolean(), (outstanding, values, value, divisible) => {
        const r = guardControl({ outstanding, held: values.map((v, i) => held(String(i), v)), proposed: { value, divisible } });
        assert.ok(r.ok);
        const v = r.value;
        const covered = values.reduce((a, b) => a + b, 0);
        assert.equal(v.covered, covered);
        if (v.verdict === 'within' && divisible) assert.ok(covered + value <= Math.max(outstanding, covered));
        if (v.verdict === 'reduce') assert.ok(v.amount < value && v.amount + covered === outstanding);
      }),
    );
  });
});

describe('excessHeld (查封规定 art. 19 ¶2)', () => {
  it('nothing to release while what is held does not pass what is owed', () => {
    assert.deepEqual(excessHeld(100, [held('a', 60), held('b', 40)]), []);
    assert.deepEqual(excessHeld(100, []), []);
  });

  it('lifts the largest controls that can go whole, then reduces a divisible one by what is still over', () => {
    const out = excessHeld(1_200, [held('flat', 5_000, false), held('dep1', 800), held('dep2', 700), held('car', 300, false)]);
    // 6,800 held for 1,200: the flat (5,000) goes; 600 over remains, too little for either deposit:
    // the car (300) goes, then the larger deposit is reduced by the last 300.
    assert.deepEqual(out, [
      { id: 'flat', release: 'whole' },
      { id: 'car', release: 'whole' },
      { id: 'dep1', release: 'part', amount: 300 },
    ]);
  });

  it('keeps an indivisible item that cannot go whole, and skips empty holdings', () => {
    assert.deepEqual(excessHeld(1_000, [held('flat', 1_500, false), held('empty', 0)]), []);
  });

  it('always: after the releases, what is held still covers what is owed, and nothing more can go whole', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e6 }), fc.array(fc.tuple(fc.nat({ max: 1e6 }), fc.boolean()), { maxLength: 8 }), (outstanding, items) => {
        const hs = items.map(([v, d], i) => held(`h${i}`, v, d));
        const out = excessHeld(outstanding, hs);
        let remaining = hs.reduce((a, h) => a + h.value, 0);
        const left = new Map(hs.map((h) => [h.id, h.value]));
        for (const r of out) {
          const v = left.get(r.id)!;
          const cut = r.release === 'whole' ? v : r.amount;
          assert.ok(cut > 0 && cut <= v);
          remaining -= cut;
          left.set(r.id, v - cut);
        }
        const total = hs.reduce((a, h) => a + h.value, 0);
        assert.ok(remaining >= Math.min(outstanding, total));
        // What is still over is too little for any untouched holding to go whole, and no divisible
        // holding is left that could have been reduced.
        const over = remaining - outstanding;
        if (over > 0) {
          for (const h of hs) {
            if (out.some((r) => r.id === h.id) || h.value === 0) continue;
            assert.ok(h.value > over, `${h.id} (${h.value}) could go whole with ${over} over`);
            assert.equal(h.divisible, false);
          }
        }
      }),
    );
  });
});
