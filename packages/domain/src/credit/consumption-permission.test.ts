import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PERMISSION_MAX_DAYS, PERMISSION_REASONS, PERMISSION_REASON_LABELS, SCENARIOS, SCENARIO_RULES, assessPermission, isPermissionReason } from './index.js';
import type { PermissionInput, PermissionReason, Scenario } from './index.js';

function input(overrides: Partial<PermissionInput> = {}): PermissionInput {
  return { reason: 'medicalTreatment', scenarios: ['flight'], from: '2026-05-10', to: '2026-05-12', today: '2026-05-08', description: null, ...overrides };
}
function codes(overrides: Partial<PermissionInput>): string[] {
  return assessPermission(input(overrides)).problems.map((p) => p.code);
}

describe('permission reasons (限高规定 art. 8)', () => {
  it('are labelled', () => {
    assert.deepEqual([...PERMISSION_REASONS], ['medicalTreatment', 'funeral', 'examOrStudy', 'businessNecessity', 'foreignAffairs', 'other']);
    for (const r of PERMISSION_REASONS) assert.ok(PERMISSION_REASON_LABELS[r].zh.length > 0 && PERMISSION_REASON_LABELS[r].en.length > 0);
    assert.equal(isPermissionReason('funeral'), true);
    assert.equal(isPermissionReason('holiday'), false);
    assert.equal(PERMISSION_MAX_DAYS, 30);
  });
});

describe('assessPermission', () => {
  it('grants a specific, advance permission', () => {
    const e = assessPermission(input({ scenarios: ['flight', 'starHotel', 'flight'] }));
    assert.ok(e.eligible);
    assert.deepEqual(e.terms, { scenarios: ['flight', 'starHotel'], from: '2026-05-10', to: '2026-05-12', days: 3, legalBasis: '最高人民法院关于限制被执行人高消费及有关消费的若干规定第八条' });
  });

  // Every scenario: only those a consumption restriction blocks can be permitted.
  for (const scenario of SCENARIOS) {
    const consumption = SCENARIO_RULES[scenario].blockedBy.includes('consumptionRestriction');
    it(`${scenario} ${consumption ? 'can' : 'cannot'} be permitted`, () => {
      assert.deepEqual(codes({ scenarios: [scenario] }), consumption ? [] : ['PERMISSION_SCENARIO_NOT_RESTRICTED']);
    });
  }

  for (const reason of PERMISSION_REASONS) {
    it(`reason ${reason}${reason === 'other' ? ' needs a description' : ''}`, () => {
      assert.deepEqual(codes({ reason }), reason === 'other' ? ['PERMISSION_DESCRIPTION_REQUIRED'] : []);
      assert.deepEqual(codes({ reason, description: '陪同子女赴外地复查' }), []);
    });
  }

  const TABLE: ReadonlyArray<{ name: string; input: Partial<PermissionInput>; codes: string[] }> = [
    { name: 'starting today', input: { from: '2026-05-08', to: '2026-05-08' }, codes: [] },
    { name: 'starting yesterday', input: { from: '2026-05-07' }, codes: ['PERMISSION_NOT_IN_ADVANCE'] },
    { name: 'ending before it starts', input: { from: '2026-05-12', to: '2026-05-11' }, codes: ['PERMISSION_ENDS_BEFORE_START'] },
    { name: 'exactly 30 days', input: { from: '2026-05-10', to: '2026-06-08' }, codes: [] },
    { name: '31 days', input: { from: '2026-05-10', to: '2026-06-09' }, codes: ['PERMISSION_TOO_LONG'] },
    { name: 'no scenario', input: { scenarios: [] }, codes: ['PERMISSION_NO_SCENARIO'] },
    { name: 'a scenario that does not exist', input: { scenarios: ['spaceFlight' as Scenario] }, codes: ['PERMISSION_SCENARIO_NOT_RESTRICTED'] },
    { name: 'leaving the country is not consumption', input: { scenarios: ['flight', 'leaveCountry'] }, codes: ['PERMISSION_SCENARIO_NOT_RESTRICTED'] },
    { name: 'other with a blank description', input: { reason: 'other', description: '   ' }, codes: ['PERMISSION_DESCRIPTION_REQUIRED'] },
    { name: 'an unknown reason', input: { reason: 'boredom' as PermissionReason }, codes: ['PERMISSION_UNKNOWN_REASON'] },
    {
      name: 'everything wrong at once',
      input: { reason: 'other', scenarios: ['publicBidding', 'honours'], from: '2026-05-01', to: '2026-04-01' },
      codes: ['PERMISSION_DESCRIPTION_REQUIRED', 'PERMISSION_SCENARIO_NOT_RESTRICTED', 'PERMISSION_SCENARIO_NOT_RESTRICTED', 'PERMISSION_NOT_IN_ADVANCE', 'PERMISSION_ENDS_BEFORE_START'],
    },
  ];
  for (const c of TABLE) {
    it(`${c.name} → ${c.codes.join(', ') || 'granted'}`, () => {
      assert.deepEqual(codes(c.input), c.codes);
    });
  }

  it('says the 30-day limit is a platform rule, not law', () => {
    const p = assessPermission(input({ from: '2026-05-10', to: '2026-07-10' })).problems[0]!;
    assert.match(p.messageZh, /平台规则，非法律规定/);
    assert.match(p.messageEn, /platform limit, not law/);
    assert.deepEqual(p.details, { days: 62, max: 30 });
  });
  it('names the refused scenario', () => {
    const p = assessPermission(input({ scenarios: ['publicBidding'] })).problems[0]!;
    assert.match(p.messageZh, /“参与政府采购、招标投标”不是限制消费令禁止的消费行为/);
    assert.deepEqual(p.details, { scenario: 'publicBidding' });
  });
});
