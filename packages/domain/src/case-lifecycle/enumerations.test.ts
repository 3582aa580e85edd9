import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as lifecycle from './index.js';
import * as calendar from '../calendar/index.js';
import {
  BASIS_TYPES,
  BASIS_TYPE_LABELS,
  CASE_ACTION_TYPES,
  CASE_STAGES,
  CASE_STAGE_LABELS,
  CLOSING_METHODS,
  CLOSING_METHOD_LABELS,
  CLOSING_RULES,
  OPEN_STAGES,
  TRANSITION_RULES,
  isBasisType,
  isCaseStage,
  isClosingMethod,
  isNonLitigationBasis,
} from './index.js';

describe('case stages', () => {
  it('are the seven process nodes in order, labelled as the brief and glossary say', () => {
    assert.deepEqual([...CASE_STAGES], ['filed', 'assigned', 'notified', 'investigating', 'disposing', 'disbursing', 'closed']);
    assert.deepEqual(
      CASE_STAGES.map((s) => CASE_STAGE_LABELS[s].zh),
      ['立案', '分案', '执行通知', '财产调查', '财产处置', '执行款发放', '结案'],
    );
    assert.deepEqual([...OPEN_STAGES], CASE_STAGES.filter((s) => s !== 'closed'));
    for (const s of CASE_STAGES) assert.ok(CASE_STAGE_LABELS[s].en.length > 0);
  });
  it('isCaseStage', () => {
    assert.equal(isCaseStage('disposing'), true);
    assert.equal(isCaseStage('archived'), false);
  });
});

describe('closing methods (法发〔2014〕26号 art. 14)', () => {
  it('are the six methods with their Chinese names', () => {
    assert.deepEqual(
      CLOSING_METHODS.map((m) => [m, CLOSING_METHOD_LABELS[m].zh]),
      [
        ['performed', '执行完毕'],
        ['terminationForNow', '终结本次执行程序'],
        ['terminated', '终结执行'],
        ['withdrawn', '销案'],
        ['notEnforced', '不予执行'],
        ['rejected', '驳回申请'],
      ],
    );
    for (const m of CLOSING_METHODS) assert.ok(CLOSING_RULES[m].legalBasis.length > 0 && CLOSING_METHOD_LABELS[m].en.length > 0);
  });
  it('isClosingMethod', () => {
    assert.equal(isClosingMethod('terminated'), true);
    assert.equal(isClosingMethod('settled'), false);
  });
});

describe('basis types', () => {
  const table: Array<[string, string, boolean]> = [
    ['judgment', '判决书', false],
    ['ruling', '裁定书', false],
    ['mediationStatement', '调解书', false],
    ['arbitralAward', '仲裁裁决书', true],
    ['notarialDeed', '公证债权文书', true],
    ['paymentOrder', '支付令', false],
    ['administrativeDecision', '行政决定', true],
  ];
  it('lists the seven kinds in order', () => assert.deepEqual([...BASIS_TYPES], table.map(([t]) => t)));
  for (const [type, zh, nonLitigation] of table) {
    it(`${type} (${zh}) is ${nonLitigation ? '' : 'not '}a non-litigation basis (审理期限规定 art. 5)`, () => {
      assert.ok(isBasisType(type));
      assert.equal(BASIS_TYPE_LABELS[type].zh, zh);
      assert.equal(isNonLitigationBasis(type), nonLitigation);
    });
  }
  it('isBasisType refuses other strings', () => assert.equal(isBasisType('contract'), false));
});

describe('action types and transition rules', () => {
  it('every action type has a rule with roles, stages, basis and both descriptions', () => {
    assert.deepEqual(Object.keys(TRANSITION_RULES).sort(), [...CASE_ACTION_TYPES].sort());
    for (const type of CASE_ACTION_TYPES) {
      const rule = TRANSITION_RULES[type];
      assert.ok(rule.roles.length > 0 && rule.stages.length > 0, type);
      assert.ok(rule.legalBasis.length > 0 && rule.zh.length > 0 && rule.en.length > 0, type);
    }
  });
});

describe('barrels', () => {
  it('the calendar and lifecycle barrels export their functions', () => {
    for (const name of ['createCalendar', 'calendarDaysDeadline', 'monthsDeadline', 'workingDaysDeadline', 'countWorkingDays', 'rollForward', 'validateCalendarYear']) {
      assert.equal(typeof (calendar as Record<string, unknown>)[name], 'function', name);
    }
    for (const name of ['decide', 'allowedActions', 'computeCaseDeadlines', 'isIdle', 'passiveEnforcementWarnings', 'applicationLimitWarning', 'terminationForNowGaps', 'closingDeadline', 'suspensionDays']) {
      assert.equal(typeof (lifecycle as Record<string, unknown>)[name], 'function', name);
    }
  });
});
