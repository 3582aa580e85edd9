import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../domain-error.js';
import {
  MEASURE_KINDS,
  MEASURE_KIND_LABELS,
  MEASURE_LEGAL_BASIS,
  SCENARIOS,
  SCENARIO_RULES,
  SUBJECT_ROLES,
  SUBJECT_ROLE_LABELS,
  blocks,
  decideCheck,
  isMeasureKind,
  isScenario,
  isSubjectRole,
} from './index.js';
import type { ActiveMeasure, MeasureKind, Scenario, SubjectRole } from './index.js';

describe('measure kinds, roles and scenarios (the lead’s tables)', () => {
  it('are labelled and carry a legal basis', () => {
    assert.deepEqual([...MEASURE_KINDS], ['dishonestListing', 'consumptionRestriction', 'exitRestriction']);
    for (const k of MEASURE_KINDS) assert.ok(MEASURE_KIND_LABELS[k].zh.length > 0 && MEASURE_KIND_LABELS[k].en.length > 0 && MEASURE_LEGAL_BASIS[k].includes('民事诉讼法第二百六十六条'));
    for (const r of SUBJECT_ROLES) assert.ok(SUBJECT_ROLE_LABELS[r].zh.length > 0 && SUBJECT_ROLE_LABELS[r].en.length > 0);
    for (const s of SCENARIOS) {
      const rule = SCENARIO_RULES[s];
      assert.ok(rule.zh.length > 0 && rule.en.length > 0 && rule.legalBasis.length > 0 && rule.blockedBy.length > 0);
      assert.ok(rule.roles.includes('debtor'), `${s}: the debtor is always bound`);
    }
  });
  it('type guards', () => {
    assert.equal(isMeasureKind('exitRestriction'), true);
    assert.equal(isMeasureKind('fine'), false);
    assert.equal(isSubjectRole('statutoryAgent'), true);
    assert.equal(isSubjectRole('spouse'), false);
    assert.equal(isScenario('leaveCountry'), true);
    assert.equal(isScenario('marriage'), false);
  });
});

describe('decideCheck: every scenario × kind × role, driven by SCENARIO_RULES', () => {
  for (const scenario of SCENARIOS) {
    it(scenario, () => {
      const rule = SCENARIO_RULES[scenario];
      for (const kind of MEASURE_KINDS) {
        for (const role of SUBJECT_ROLES) {
          const blocked = rule.blockedBy.includes(kind) && rule.roles.includes(role);
          assert.equal(blocks(scenario, kind, role), blocked);
          assert.deepEqual(decideCheck(scenario, [{ kind, role }]), blocked ? { decision: 'deny', matched: [0] } : { decision: 'allow', matched: [] }, `${scenario} ${kind} ${role}`);
        }
      }
    });
  }
});

describe('decideCheck: hand-written expectations', () => {
  const TABLE: ReadonlyArray<{ name: string; scenario: Scenario; kind: MeasureKind; role: SubjectRole; decision: 'allow' | 'deny' }> = [
    { name: 'a legal representative under a consumption restriction may not fly', scenario: 'flight', kind: 'consumptionRestriction', role: 'legalRepresentative', decision: 'deny' },
    { name: '… but may be recruited to the civil service', scenario: 'civilServiceRecruitment', kind: 'consumptionRestriction', role: 'legalRepresentative', decision: 'allow' },
    { name: '… and may leave the country', scenario: 'leaveCountry', kind: 'consumptionRestriction', role: 'legalRepresentative', decision: 'allow' },
    { name: 'an actual controller may not take a G-train (2015 art. 3 ¶2)', scenario: 'highSpeedTrain', kind: 'consumptionRestriction', role: 'actualController', decision: 'deny' },
    { name: 'a statutory agent is not bound by a consumption restriction', scenario: 'flight', kind: 'consumptionRestriction', role: 'statutoryAgent', decision: 'allow' },
    { name: 'a listed debtor may not take part in public bidding', scenario: 'publicBidding', kind: 'dishonestListing', role: 'debtor', decision: 'deny' },
    { name: 'a listed debtor may not fly (a listed debtor shall be restricted)', scenario: 'flight', kind: 'dishonestListing', role: 'debtor', decision: 'deny' },
    { name: 'a listed debtor may not get credit', scenario: 'financingCredit', kind: 'dishonestListing', role: 'debtor', decision: 'deny' },
    { name: 'a listed debtor is not stopped at the border by the listing', scenario: 'leaveCountry', kind: 'dishonestListing', role: 'debtor', decision: 'allow' },
    { name: 'a restricted debtor is not barred from bidding by the restriction', scenario: 'publicBidding', kind: 'consumptionRestriction', role: 'debtor', decision: 'allow' },
    { name: 'an exit restriction stops the debtor at the border', scenario: 'leaveCountry', kind: 'exitRestriction', role: 'debtor', decision: 'deny' },
    { name: 'an exit restriction stops a statutory agent at the border', scenario: 'leaveCountry', kind: 'exitRestriction', role: 'statutoryAgent', decision: 'deny' },
    { name: 'an exit restriction does not bind an actual controller (art. 24 ¶1)', scenario: 'leaveCountry', kind: 'exitRestriction', role: 'actualController', decision: 'allow' },
  ];
  for (const c of TABLE) {
    it(c.name, () => {
      assert.equal(decideCheck(c.scenario, [{ kind: c.kind, role: c.role }]).decision, c.decision);
    });
  }

  it('an exit restriction denies only leaving the country', () => {
    for (const role of SUBJECT_ROLES) {
      const denied = SCENARIOS.filter((s) => decideCheck(s, [{ kind: 'exitRestriction', role }]).decision === 'deny');
      assert.deepEqual(denied, role === 'actualController' ? [] : ['leaveCountry'], role);
    }
  });
  it('a listing denies every scenario but leaving the country, and only for the debtor', () => {
    assert.deepEqual(
      SCENARIOS.filter((s) => decideCheck(s, [{ kind: 'dishonestListing', role: 'debtor' }]).decision === 'deny'),
      SCENARIOS.filter((s) => s !== 'leaveCountry'),
    );
  });

  it('reports the indices of every blocking measure', () => {
    const measures: ActiveMeasure[] = [
      { kind: 'exitRestriction', role: 'debtor' },
      { kind: 'consumptionRestriction', role: 'principalOfficer' },
      { kind: 'dishonestListing', role: 'debtor' },
      { kind: 'consumptionRestriction', role: 'statutoryAgent' },
    ];
    assert.deepEqual(decideCheck('starHotel', measures), { decision: 'deny', matched: [1, 2] });
    assert.deepEqual(decideCheck('leaveCountry', measures), { decision: 'deny', matched: [0] });
    assert.deepEqual(decideCheck('honours', measures), { decision: 'deny', matched: [2] });
  });
  it('allows when no measure is in force', () => {
    for (const s of SCENARIOS) assert.deepEqual(decideCheck(s, []), { decision: 'allow', matched: [] });
  });
  it('throws CHECK_UNKNOWN_SCENARIO for a scenario outside the rulebook', () => {
    assert.throws(
      () => decideCheck('casino' as Scenario, [{ kind: 'dishonestListing', role: 'debtor' }]),
      (e: unknown) => e instanceof DomainError && e.code === 'CHECK_UNKNOWN_SCENARIO' && e.messageZh.includes('casino'),
    );
  });
});
