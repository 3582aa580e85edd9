/**
 * A deny's measures are views kept per measure while the index is unchanged (credit-runtime.ts
 * measureView): every change to the index must show in the next answer, never a kept view.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ServiceContext } from '../context.js';
import { personIdFor, testMeasure } from '../credit-index/test-subjects.js';
import { CreditRuntime } from './credit-runtime.js';
import { evaluateSubject } from './evaluate-check.js';

const ZHANG = personIdFor(1);
const TODAY = () => '2026-03-02' as const;

const measure = testMeasure;

// The runtime is not started: no database is touched (the log's buffer is only built).
const runtime = () => new CreditRuntime({ database: {} } as unknown as ServiceContext);
const deny = (r: CreditRuntime, scenario: 'flight' | 'publicBidding' = 'flight') => evaluateSubject(r, 'person', ZHANG, scenario, undefined, true, TODAY, undefined);

describe('measure views of a deny', () => {
  it('are the same frozen view answer after answer while the index is unchanged', () => {
    const r = runtime();
    r.index.add(measure({ measureId: 1 }));
    const a = deny(r).measures[0]!;
    const b = deny(r).measures[0]!;
    assert.equal(a, b);
    assert.ok(Object.isFrozen(a));
    assert.deepEqual({ ...a }, { measureId: 1, kind: 'consumptionRestriction', role: 'debtor', boundTo: null, caseNumber: '（2026）辽0202执123号', courtId: '210202', courtName: '210202', since: '2026-03-01', legalBasis: a.legalBasis });
    assert.match(a.legalBasis, /限制被执行人高消费/);
  });

  it('show a measure replaced under the same id, another measure added, and a removal', () => {
    const r = runtime();
    r.index.add(measure({ measureId: 1 }));
    assert.equal(deny(r).measures[0]!.caseNumber, '（2026）辽0202执123号');
    r.index.add(measure({ measureId: 1, caseNumber: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 124 }, kind: 'dishonestListing' }));
    const replaced = deny(r).measures;
    assert.deepEqual(replaced.map((m) => [m.measureId, m.caseNumber, m.kind]), [[1, '（2026）辽0202执124号', 'dishonestListing']]);
    r.index.add(measure({ measureId: 2, since: '2026-03-02' }));
    assert.deepEqual(deny(r).measures.map((m) => m.measureId).sort(), [1, 2]);
    r.index.remove(1);
    assert.deepEqual(deny(r).measures.map((m) => m.measureId), [2]);
    r.index.remove(2);
    assert.equal(deny(r).decision, 'allow');
  });

  it('start afresh after the index is cleared (a reload)', () => {
    const r = runtime();
    r.index.add(measure({ measureId: 1 }));
    const before = deny(r).measures[0]!;
    const version = r.index.version;
    r.index.clear();
    assert.notEqual(r.index.version, version);
    r.index.add(measure({ measureId: 1, boundTo: '大连远洋渔业有限公司', role: 'legalRepresentative' }));
    const after = deny(r).measures[0]!;
    assert.notEqual(after, before);
    assert.deepEqual([after.role, after.boundTo], ['legalRepresentative', '大连远洋渔业有限公司']);
  });
});
