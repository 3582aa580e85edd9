import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CREDIT_PROBLEM_CODES, isCreditProblemCode } from './index.js';
import { toEligibility } from './eligibility.js';
import { zhNumeral } from './legal-sources.js';

const here = dirname(fileURLToPath(import.meta.url));
const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('CREDIT_PROBLEM_CODES', () => {
  it('are UPPER_SNAKE, prefixed by area, and unique', () => {
    assert.equal(new Set(CREDIT_PROBLEM_CODES).size, CREDIT_PROBLEM_CODES.length);
    for (const code of CREDIT_PROBLEM_CODES) assert.match(code, /^(SUBJECT|LISTING|REMOVAL|CONSUMPTION|PERMISSION|EXIT|CHECK)_[A-Z0-9_]+$/);
  });
  it('list exactly the codes the sources return (none missing from the registry, none stale)', () => {
    const used = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(here, file), 'utf8');
      for (const m of text.matchAll(/(?:creditProblem\(\s*|code: )'([A-Z][A-Z0-9_]+)'/g)) used.add(m[1]!);
    }
    assert.deepEqual([...used].sort(), [...CREDIT_PROBLEM_CODES].sort());
  });
  it('isCreditProblemCode', () => {
    assert.equal(isCreditProblemCode('LISTING_DEBTOR_MINOR'), true);
    assert.equal(isCreditProblemCode('INVALID_DATE'), false);
  });
});

describe('helpers', () => {
  it('toEligibility computes the terms only when eligible', () => {
    let calls = 0;
    const no = toEligibility([{ code: 'X', messageZh: 'x', messageEn: 'x' }], () => (calls += 1));
    assert.equal(no.eligible, false);
    assert.equal(calls, 0);
    assert.deepEqual(toEligibility([], () => (calls += 1)), { eligible: true, terms: 1, problems: [] });
  });
  it('zhNumeral', () => {
    assert.deepEqual([1, 4, 10, 11].map(zhNumeral), ['一', '四', '十', '十一']);
    assert.equal(zhNumeral(12), '12');
  });
});
