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
  STAY_GROUNDS,
  STAY_GROUND_LABELS,
  TRANSITION_RULES,
  isBasisType,
  isCaseStage,
  isClosingMethod,
  isNonLitigationBasis,
  isStayGround,
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

describe('stay grounds (民事诉讼法 art. 267 ¶1; arts. 217, 511)', () => {
  it('are the five statutory items in the statute\'s words, then trial supervision and bankruptcy', () => {
    assert.deepEqual(
      STAY_GROUNDS.map((g) => [g, STAY_GROUND_LABELS[g].zh, STAY_GROUND_LABELS[g].article]),
      [
        ['applicantAgreesToDefer', '申请人表示可以延期执行', '民事诉讼法第二百六十七条第一款第（一）项'],
        ['thirdPartyObjection', '案外人对执行标的提出确有理由的异议', '民事诉讼法第二百六十七条第一款第（二）项'],
        ['partyDied', '作为一方当事人的公民死亡，需要等待继承人继承权利或者承担义务', '民事诉讼法第二百六十七条第一款第（三）项'],
        ['partyTerminated', '作为一方当事人的法人或者其他组织终止，尚未确定权利义务承受人', '民事诉讼法第二百六十七条第一款第（四）项'],
        ['otherCircumstances', '人民法院认为应当中止执行的其他情形', '民事诉讼法第二百六十七条第一款第（五）项'],
        ['trialSupervision', '按照审判监督程序决定再审或者提审，裁定中止原判决、裁定、调解书的执行', '民事诉讼法第二百一十七条；执行工作规定第59条'],
        ['bankruptcy', '作为被执行人的企业法人移送破产审查，或者人民法院受理对其的破产申请', '民诉法解释第五百一十一条；企业破产法第十九条'],
      ],
    );
    for (const g of STAY_GROUNDS) assert.doesNotMatch(STAY_GROUND_LABELS[g].en, /[\u4e00-\u9fa5]/, g);
  });
  it('isStayGround', () => {
    assert.equal(isStayGround('bankruptcy'), true);
    assert.equal(isStayGround('deferral'), false);
    assert.equal(isStayGround(3), false);
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
