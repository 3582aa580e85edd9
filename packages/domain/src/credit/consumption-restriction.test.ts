import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONSUMPTION_BOUND_ROLES, RESTRICTED_ACTS, RESTRICTED_ACT_KEYS, SCENARIOS, SCENARIO_RULES, assessConsumptionRestriction, isConsumptionBoundRole, isRestrictedAct } from './index.js';
import type { BoundPerson, ConsumptionRestrictionInput, Eligibility, ConsumptionRestrictionTerms } from './index.js';
import { VALID_CREDIT_CODE, organisationDebtor, personDebtor, residentId } from './credit-fixtures.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

describe('restricted acts (限高规定 2015 art. 3 ¶1)', () => {
  it('are the nine items in order', () => {
    assert.deepEqual(
      RESTRICTED_ACT_KEYS.map((k) => RESTRICTED_ACTS[k].item),
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    );
    assert.match(RESTRICTED_ACTS.premiumTransport.zh, /飞机、列车软卧、轮船二等以上舱位/);
    assert.match(RESTRICTED_ACTS.highSpeedTrainAndOther.zh, /G字头动车组列车全部座位/);
    for (const k of RESTRICTED_ACT_KEYS) assert.ok(RESTRICTED_ACTS[k].en.length > 0);
    assert.equal(isRestrictedAct('travelAndHolidays'), true);
    assert.equal(isRestrictedAct('flight'), false);
  });
  it('cover exactly the consumption scenarios of the agency rulebook, each under the item its rule cites', () => {
    const consumption = SCENARIOS.filter((s) => SCENARIO_RULES[s].blockedBy.includes('consumptionRestriction'));
    const covered = RESTRICTED_ACT_KEYS.flatMap((k) => RESTRICTED_ACTS[k].scenarios);
    assert.deepEqual([...covered].sort(), [...consumption].sort());
    for (const k of RESTRICTED_ACT_KEYS) {
      for (const s of RESTRICTED_ACTS[k].scenarios) assert.ok(SCENARIO_RULES[s].legalBasis.endsWith(`第（${NUMERALS[RESTRICTED_ACTS[k].item - 1] ?? ''}）项`), s);
    }
  });
});

function input(overrides: Partial<ConsumptionRestrictionInput> = {}): ConsumptionRestrictionInput {
  return { debtor: personDebtor(), boundPersons: [], decisionDate: '2026-03-10', caseOpen: true, noticeServed: true, alreadyRestricted: false, ...overrides };
}
function terms(e: Eligibility<ConsumptionRestrictionTerms>): ConsumptionRestrictionTerms {
  if (!e.eligible) assert.fail(e.problems.map((p) => p.code).join(', '));
  return e.terms;
}
const rep: BoundPerson = { role: 'legalRepresentative', name: '李四', idNumber: residentId('1975-01-02') };
const officer: BoundPerson = { role: 'principalOfficer', name: '王五', idNumber: residentId('1979-03-04') };
const responsible: BoundPerson = { role: 'responsiblePerson', name: '赵六', idNumber: residentId('1983-07-08') };
const controller: BoundPerson = { role: 'actualController', name: '钱七', idNumber: residentId('1960-11-12') };

describe('assessConsumptionRestriction: subjects (art. 3)', () => {
  it('a person debtor: the debtor alone', () => {
    const t = terms(assessConsumptionRestriction(input()));
    assert.deepEqual(t.subjects, [{ role: 'debtor', kind: 'person', name: '张三', idNumber: residentId('1980-05-20'), creditCode: null }]);
    assert.equal(t.legalBasis, '民事诉讼法第二百六十六条；最高人民法院关于限制被执行人高消费及有关消费的若干规定第一条、第三条第一款');
  });
  it('normalises identifiers: trimmed, upper-case X', () => {
    const id = residentId('1980-05-20', '108');
    assert.ok(id.endsWith('X'), 'fixture should end in X');
    const t = terms(assessConsumptionRestriction(input({ debtor: personDebtor({ idNumber: ` ${id.toLowerCase()} `, name: ' 张三 ' }) })));
    assert.equal(t.subjects[0]!.idNumber, id);
    assert.equal(t.subjects[0]!.name, '张三');
  });

  const ORG_TABLE: ReadonlyArray<{ name: string; bound: BoundPerson[]; roles: string[] }> = [
    { name: 'with its legal representative', bound: [rep], roles: ['debtor', 'legalRepresentative'] },
    { name: 'with its principal officer', bound: [officer], roles: ['debtor', 'principalOfficer'] },
    { name: 'with all four kinds of bound person', bound: [rep, officer, responsible, controller], roles: ['debtor', 'legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController'] },
    { name: 'with one person in two roles', bound: [rep, { ...rep, role: 'actualController' }], roles: ['debtor', 'legalRepresentative', 'actualController'] },
    { name: 'with two responsible persons', bound: [rep, responsible, { ...controller, role: 'responsiblePerson' }], roles: ['debtor', 'legalRepresentative', 'responsiblePerson', 'responsiblePerson'] },
  ];
  for (const c of ORG_TABLE) {
    it(`an organisation ${c.name}: ${c.roles.join(', ')}`, () => {
      const t = terms(assessConsumptionRestriction(input({ debtor: organisationDebtor(), boundPersons: c.bound })));
      assert.deepEqual(
        t.subjects.map((s) => s.role),
        c.roles,
      );
      assert.deepEqual(t.subjects[0], { role: 'debtor', kind: 'organisation', name: '某某建材有限公司', idNumber: null, creditCode: VALID_CREDIT_CODE });
      for (const s of t.subjects.slice(1)) assert.equal(s.kind, 'person');
      assert.ok(t.legalBasis.endsWith('第一条、第三条第一款、第二款'));
    });
  }

  const REFUSED: ReadonlyArray<{ name: string; input: Partial<ConsumptionRestrictionInput>; codes: string[] }> = [
    { name: 'a person debtor with bound persons', input: { boundPersons: [rep] }, codes: ['CONSUMPTION_BOUND_PERSONS_FOR_PERSON_DEBTOR'] },
    { name: 'an organisation without bound persons', input: { debtor: organisationDebtor() }, codes: ['CONSUMPTION_REPRESENTATIVE_REQUIRED'] },
    { name: 'an organisation with only a responsible person and a controller', input: { debtor: organisationDebtor(), boundPersons: [responsible, controller] }, codes: ['CONSUMPTION_REPRESENTATIVE_REQUIRED'] },
    { name: 'a statutory agent is not bound', input: { debtor: organisationDebtor(), boundPersons: [rep, { ...controller, role: 'statutoryAgent' }] }, codes: ['CONSUMPTION_ROLE_NOT_BOUND'] },
    { name: 'a role that is none', input: { debtor: organisationDebtor(), boundPersons: [rep, { ...controller, role: 'cousin' as never }] }, codes: ['CONSUMPTION_ROLE_NOT_BOUND'] },
    { name: 'the same person twice as legal representative', input: { debtor: organisationDebtor(), boundPersons: [rep, { ...rep, name: '李四（重复）' }] }, codes: ['SUBJECT_DUPLICATE'] },
    { name: 'a bound person without a valid ID', input: { debtor: organisationDebtor(), boundPersons: [{ ...rep, idNumber: '123' }] }, codes: ['SUBJECT_ID_NUMBER_INVALID'] },
    { name: 'a bound person with an empty ID', input: { debtor: organisationDebtor(), boundPersons: [{ ...rep, idNumber: '' }] }, codes: ['SUBJECT_ID_NUMBER_MISSING'] },
    { name: 'a bound person without a name', input: { debtor: organisationDebtor(), boundPersons: [{ ...rep, name: '' }] }, codes: ['SUBJECT_NAME_MISSING'] },
    { name: 'an organisation without a credit code', input: { debtor: organisationDebtor({ creditCode: null }), boundPersons: [rep] }, codes: ['SUBJECT_CREDIT_CODE_MISSING'] },
    { name: 'a person debtor without an ID', input: { debtor: personDebtor({ idNumber: null }) }, codes: ['SUBJECT_ID_NUMBER_MISSING'] },
    { name: 'a debtor without a name', input: { debtor: personDebtor({ name: '' }) }, codes: ['SUBJECT_NAME_MISSING'] },
    { name: 'a closed case', input: { caseOpen: false }, codes: ['CONSUMPTION_CASE_NOT_OPEN'] },
    { name: 'no execution notice', input: { noticeServed: false }, codes: ['CONSUMPTION_NOTICE_NOT_SERVED'] },
    { name: 'already restricted', input: { alreadyRestricted: true }, codes: ['CONSUMPTION_ALREADY_RESTRICTED'] },
  ];
  for (const c of REFUSED) {
    it(`refuses ${c.name}`, () => {
      assert.deepEqual(
        assessConsumptionRestriction(input(c.input)).problems.map((p) => p.code),
        c.codes,
      );
    });
  }

  it('names the bound person in the problem and collects every problem', () => {
    const e = assessConsumptionRestriction(input({ debtor: organisationDebtor({ creditCode: 'X' }), boundPersons: [responsible, { ...controller, idNumber: '' }, { ...rep, role: 'statutoryAgent' }], caseOpen: false }));
    assert.deepEqual(
      e.problems.map((p) => p.code),
      ['CONSUMPTION_CASE_NOT_OPEN', 'SUBJECT_CREDIT_CODE_INVALID', 'CONSUMPTION_ROLE_NOT_BOUND', 'CONSUMPTION_REPRESENTATIVE_REQUIRED', 'SUBJECT_ID_NUMBER_MISSING'],
    );
    const missing = e.problems[4]!;
    assert.match(missing.messageZh, /^实际控制人（第2人）是自然人/);
    assert.match(missing.messageZh, /限高规定第三条、第六条/);
    assert.deepEqual(missing.details, { role: 'actualController', index: 1, field: 'idNumber' });
    assert.match(e.problems[2]!.messageZh, /不约束法定代理人（限高规定第三条第二款）/);
    assert.deepEqual(e.problems[2]!.details, { role: 'statutoryAgent', index: 2, allowed: CONSUMPTION_BOUND_ROLES });
  });
  it('the duplicate is reported with a masked number', () => {
    const p = assessConsumptionRestriction(input({ debtor: organisationDebtor(), boundPersons: [rep, rep] })).problems[0]!;
    assert.equal(p.details?.['idNumber'], '1101**********' + rep.idNumber.slice(-4));
    assert.ok(!p.messageZh.includes(rep.idNumber));
  });
  it('isConsumptionBoundRole', () => {
    assert.deepEqual([...CONSUMPTION_BOUND_ROLES], ['legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController']);
    assert.equal(isConsumptionBoundRole('actualController'), true);
    assert.equal(isConsumptionBoundRole('statutoryAgent'), false);
  });
});
