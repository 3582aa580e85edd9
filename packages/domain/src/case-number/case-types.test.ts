import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CASE_TYPES, CASE_TYPE_CODES, CASE_TYPE_LABELS, caseTypeOfCode, isCaseType } from './case-types.js';

const CODES: ReadonlyArray<[string, string]> = [
  ['first', '执'],
  ['resumed', '执恢'],
  ['preservation', '执保'],
  ['objection', '执异'],
  ['reconsideration', '执复'],
  ['supervision', '执监'],
];

describe('case types', () => {
  for (const [type, code] of CODES) {
    it(`${type} is written ${code} and read back from it`, () => {
      assert.ok(isCaseType(type)); // narrows `type` to CaseType
      assert.equal(CASE_TYPE_CODES[type], code);
      assert.equal(caseTypeOfCode(code), type);
    });
  }

  it('lists exactly the six types, each with Chinese and English labels (glossary)', () => {
    assert.deepEqual([...CASE_TYPES], CODES.map(([t]) => t));
    assert.deepEqual(CASE_TYPE_LABELS.resumed, { zh: '恢复执行', en: 'Resumed enforcement' });
    for (const t of CASE_TYPES) assert.ok(CASE_TYPE_LABELS[t].zh.length > 0 && CASE_TYPE_LABELS[t].en.length > 0);
  });

  it('knows no other type or code', () => {
    assert.equal(isCaseType('execution'), false);
    assert.equal(caseTypeOfCode('执行'), undefined);
    assert.equal(caseTypeOfCode('民初'), undefined);
  });
});
