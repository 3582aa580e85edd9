import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXIT_BOUND_ROLES, EXIT_LIFTING_GROUNDS, EXIT_LIFTING_GROUND_LABELS, assessExitLifting, assessExitRestriction, isExitLiftingGround } from './index.js';
import type { BoundPerson, Eligibility, ExitLiftingGround, ExitRestrictionInput, ExitRestrictionTerms } from './index.js';
import { organisationDebtor, personDebtor, residentId } from './credit-fixtures.js';

const agent: BoundPerson = { role: 'statutoryAgent', name: '张父', idNumber: residentId('1978-02-03') };
const agent2: BoundPerson = { role: 'statutoryAgent', name: '张母', idNumber: residentId('1980-09-10', '224') };
const rep: BoundPerson = { role: 'legalRepresentative', name: '李四', idNumber: residentId('1975-01-02') };
const officer: BoundPerson = { role: 'principalOfficer', name: '王五', idNumber: residentId('1979-03-04') };
const responsible: BoundPerson = { role: 'responsiblePerson', name: '赵六', idNumber: residentId('1983-07-08') };
const controller: BoundPerson = { role: 'actualController', name: '钱七', idNumber: residentId('1960-11-12') };

function input(overrides: Partial<ExitRestrictionInput> = {}): ExitRestrictionInput {
  return { debtor: personDebtor(), subjects: [], decisionDate: '2026-06-14', caseOpen: true, onApplicantRequest: true, exOfficioReason: null, ...overrides };
}
function terms(e: Eligibility<ExitRestrictionTerms>): ExitRestrictionTerms {
  if (!e.eligible) assert.fail(e.problems.map((p) => p.code).join(', '));
  return e.terms;
}
function codes(overrides: Partial<ExitRestrictionInput>): string[] {
  return assessExitRestriction(input(overrides)).problems.map((p) => p.code);
}
const BASIS = '民事诉讼法第二百六十六条；最高人民法院关于适用《民事诉讼法》执行程序若干问题的解释第二十三条';

describe('assessExitRestriction: whom it binds (执行程序解释 art. 24)', () => {
  it('an adult person debtor: the debtor alone', () => {
    const t = terms(assessExitRestriction(input()));
    assert.deepEqual(t.subjects, [{ role: 'debtor', kind: 'person', name: '张三', idNumber: residentId('1980-05-20'), creditCode: null }]);
    assert.equal(t.legalBasis, BASIS);
  });

  // Minors: 17 years 364 days vs exactly 18 on the decision date.
  const MINORS: ReadonlyArray<{ name: string; birthDate: string; subjects: BoundPerson[]; codes: string[]; roles?: string[] }> = [
    { name: '17y364d with a statutory agent: the agent only', birthDate: '2008-06-15', subjects: [agent], codes: [], roles: ['statutoryAgent'] },
    { name: '17y364d with both parents as agents', birthDate: '2008-06-15', subjects: [agent, agent2], codes: [], roles: ['statutoryAgent', 'statutoryAgent'] },
    { name: '17y364d without an agent', birthDate: '2008-06-15', subjects: [], codes: ['EXIT_STATUTORY_AGENT_REQUIRED'] },
    { name: '17y364d with a legal representative instead', birthDate: '2008-06-15', subjects: [rep], codes: ['EXIT_ROLE_NOT_ALLOWED', 'EXIT_STATUTORY_AGENT_REQUIRED'] },
    { name: 'a young child with an agent', birthDate: '2020-01-01', subjects: [agent], codes: [], roles: ['statutoryAgent'] },
    { name: 'exactly 18: the debtor personally', birthDate: '2008-06-14', subjects: [], codes: [], roles: ['debtor'] },
    { name: 'exactly 18 with an agent named', birthDate: '2008-06-14', subjects: [agent], codes: ['EXIT_ROLE_NOT_ALLOWED'] },
  ];
  for (const c of MINORS) {
    it(`debtor born ${c.birthDate}, ${c.name} → ${c.codes.join(', ') || 'eligible'}`, () => {
      const e = assessExitRestriction(input({ debtor: personDebtor({ birthDate: c.birthDate }), subjects: c.subjects }));
      assert.deepEqual(
        e.problems.map((p) => p.code),
        c.codes,
      );
      if (e.eligible) {
        assert.deepEqual(
          e.terms.subjects.map((s) => s.role),
          c.roles,
        );
        assert.equal(e.terms.legalBasis, c.roles?.[0] === 'statutoryAgent' ? `${BASIS}、第二十四条第二款` : BASIS);
      }
    });
  }

  it('the minor themself is never a subject', () => {
    const t = terms(assessExitRestriction(input({ debtor: personDebtor({ birthDate: '2010-03-03' }), subjects: [agent] })));
    assert.ok(t.subjects.every((s) => s.role !== 'debtor'));
    assert.deepEqual(t.subjects[0], { role: 'statutoryAgent', kind: 'person', name: '张父', idNumber: agent.idNumber, creditCode: null });
  });
  it('an adult found to lack capacity is treated like a minor (art. 24 ¶2)', () => {
    assert.deepEqual(codes({ debtorLacksCapacity: true }), ['EXIT_STATUTORY_AGENT_REQUIRED']);
    assert.deepEqual(
      terms(assessExitRestriction(input({ debtorLacksCapacity: true, subjects: [agent] }))).subjects.map((s) => s.role),
      ['statutoryAgent'],
    );
  });
  it('a minor must be named with a valid ID too', () => {
    assert.deepEqual(codes({ debtor: personDebtor({ birthDate: '2010-03-03', name: '' }), subjects: [agent] }), ['SUBJECT_NAME_MISSING']);
  });
  it('a person with an invalid ID: capacity unknown, only agents accepted meanwhile', () => {
    assert.deepEqual(codes({ debtor: personDebtor({ idNumber: 'abc' }), subjects: [agent] }), ['SUBJECT_ID_NUMBER_INVALID']);
    const e = assessExitRestriction(input({ debtor: personDebtor({ idNumber: null }), subjects: [rep] }));
    assert.deepEqual(
      e.problems.map((p) => p.code),
      ['SUBJECT_ID_NUMBER_MISSING', 'EXIT_ROLE_NOT_ALLOWED'],
    );
    assert.match(e.problems[1]!.messageZh, /执行程序解释第二十四条/);
  });

  const ORG: ReadonlyArray<{ name: string; subjects: BoundPerson[]; codes: string[]; roles?: string[] }> = [
    { name: 'its legal representative', subjects: [rep], codes: [], roles: ['legalRepresentative'] },
    { name: 'the three allowed roles', subjects: [rep, officer, responsible], codes: [], roles: ['legalRepresentative', 'principalOfficer', 'responsiblePerson'] },
    { name: 'a directly responsible person alone', subjects: [responsible], codes: [], roles: ['responsiblePerson'] },
    { name: 'nobody', subjects: [], codes: ['EXIT_NO_PERSON_TO_RESTRICT'] },
    { name: 'the actual controller (not in art. 24 ¶1)', subjects: [controller], codes: ['EXIT_ROLE_NOT_ALLOWED', 'EXIT_NO_PERSON_TO_RESTRICT'] },
    { name: 'a statutory agent', subjects: [rep, agent], codes: ['EXIT_ROLE_NOT_ALLOWED'] },
    { name: 'the legal representative twice', subjects: [rep, rep], codes: ['SUBJECT_DUPLICATE'] },
    { name: 'a person without an ID', subjects: [{ ...rep, idNumber: ' ' }], codes: ['SUBJECT_ID_NUMBER_MISSING'] },
  ];
  for (const c of ORG) {
    it(`an organisation with ${c.name} → ${c.codes.join(', ') || (c.roles ?? []).join(', ')}`, () => {
      const e = assessExitRestriction(input({ debtor: organisationDebtor(), subjects: c.subjects }));
      assert.deepEqual(
        e.problems.map((p) => p.code),
        c.codes,
      );
      if (e.eligible) {
        // The organisation itself cannot travel and is not a subject.
        assert.deepEqual(
          e.terms.subjects.map((s) => s.role),
          c.roles,
        );
        assert.equal(e.terms.legalBasis, `${BASIS}、第二十四条第一款`);
      }
    });
  }
  it('the refusal of an actual controller cites art. 24 ¶1', () => {
    const p = assessExitRestriction(input({ debtor: organisationDebtor(), subjects: [rep, controller] })).problems[0]!;
    assert.match(p.messageZh, /不包括实际控制人（执行程序解释第二十四条第一款）/);
    assert.match(p.messageEn, /not an actual controller/);
    assert.deepEqual(p.details, { role: 'actualController', index: 1, allowed: EXIT_BOUND_ROLES });
  });
  it('an adult person debtor cannot add other persons', () => {
    const p = assessExitRestriction(input({ subjects: [rep] })).problems[0]!;
    assert.equal(p.code, 'EXIT_ROLE_NOT_ALLOWED');
    assert.match(p.messageZh, /只对其本人限制出境/);
  });
});

describe('assessExitRestriction: procedure (art. 23)', () => {
  const TABLE: ReadonlyArray<{ name: string; input: Partial<ExitRestrictionInput>; codes: string[] }> = [
    { name: 'on the creditor’s application', input: { onApplicantRequest: true }, codes: [] },
    { name: 'ex officio with a reason', input: { onApplicantRequest: false, exOfficioReason: '被执行人持有有效护照且多次出境' }, codes: [] },
    { name: 'ex officio without a reason', input: { onApplicantRequest: false, exOfficioReason: null }, codes: ['EXIT_NO_APPLICATION_OR_REASON'] },
    { name: 'ex officio with a blank reason', input: { onApplicantRequest: false, exOfficioReason: '  ' }, codes: ['EXIT_NO_APPLICATION_OR_REASON'] },
    { name: 'a closed case', input: { caseOpen: false }, codes: ['EXIT_CASE_NOT_OPEN'] },
  ];
  for (const c of TABLE) {
    it(`${c.name} → ${c.codes.join(', ') || 'eligible'}`, () => {
      assert.deepEqual(codes(c.input), c.codes);
    });
  }
});

describe('exit lifting (art. 25)', () => {
  it('full performance shall lift; security or consent may', () => {
    assert.deepEqual(
      EXIT_LIFTING_GROUNDS.map((g) => [g, EXIT_LIFTING_GROUND_LABELS[g].mandatory]),
      [
        ['performedInFull', true],
        ['securityProvided', false],
        ['applicantConsents', false],
      ],
    );
    for (const g of EXIT_LIFTING_GROUNDS) {
      assert.equal(EXIT_LIFTING_GROUND_LABELS[g].article, '执行程序解释第二十五条');
      const e = assessExitLifting({ ground: g });
      assert.ok(e.eligible);
      assert.deepEqual(e.terms, { mandatory: g === 'performedInFull', legalBasis: '最高人民法院关于适用《民事诉讼法》执行程序若干问题的解释第二十五条' });
    }
    assert.equal(isExitLiftingGround('formerOfficerReplaced'), false);
  });
  it('refuses an unknown ground', () => {
    const e = assessExitLifting({ ground: 'formerOfficerReplaced' as ExitLiftingGround });
    assert.equal(e.eligible, false);
    assert.deepEqual(
      e.problems.map((p) => p.code),
      ['EXIT_LIFTING_UNKNOWN_GROUND'],
    );
  });
});
