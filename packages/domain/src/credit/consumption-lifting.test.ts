import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LIFTING_GROUNDS, LIFTING_GROUND_LABELS, SUBJECT_ROLES, assessLifting, isLiftingGround } from './index.js';
import type { LiftingGround, LiftingInput, SubjectRole } from './index.js';

describe('lifting grounds (限高规定 art. 9; 善意文明执行意见 para. 17(2))', () => {
  it('full performance shall lift, the others may', () => {
    assert.deepEqual(
      LIFTING_GROUNDS.map((g) => [g, LIFTING_GROUND_LABELS[g].mandatory]),
      [
        ['performedInFull', true],
        ['securityProvided', false],
        ['applicantConsents', false],
        ['formerOfficerReplaced', false],
      ],
    );
    for (const g of LIFTING_GROUNDS) assert.ok(LIFTING_GROUND_LABELS[g].zh.length > 0 && LIFTING_GROUND_LABELS[g].en.length > 0 && LIFTING_GROUND_LABELS[g].article.length > 0);
    assert.equal(isLiftingGround('securityProvided'), true);
    assert.equal(isLiftingGround('paid'), false);
  });
});

// Every ground × every role: which combinations are allowed, and on what terms.
const ART_9 = '最高人民法院关于限制被执行人高消费及有关消费的若干规定第九条';
function expected(ground: LiftingGround, role: SubjectRole): string[] {
  if (role === 'statutoryAgent') return ['CONSUMPTION_LIFTING_ROLE_NOT_BOUND'];
  if (ground === 'formerOfficerReplaced' && role !== 'legalRepresentative' && role !== 'principalOfficer') return ['CONSUMPTION_LIFTING_NOT_FORMER_OFFICER'];
  return [];
}

describe('assessLifting', () => {
  for (const ground of LIFTING_GROUNDS) {
    for (const role of SUBJECT_ROLES) {
      const codes = expected(ground, role);
      it(`${ground} for a ${role} → ${codes.join(', ') || 'allowed'}`, () => {
        const e = assessLifting({ ground, role });
        assert.deepEqual(
          e.problems.map((p) => p.code),
          codes,
        );
        if (!e.eligible) return;
        assert.equal(e.terms.mandatory, ground === 'performedInFull');
        assert.equal(e.terms.scope, ground === 'formerOfficerReplaced' ? 'thisPerson' : 'wholeOrder');
        assert.equal(e.terms.restrictSuccessor, ground === 'formerOfficerReplaced');
        assert.equal(e.terms.legalBasis, ground === 'formerOfficerReplaced' ? '最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见（法发〔2019〕35号）第17条第（2）项' : ART_9);
      });
    }
  }

  const LISTED: ReadonlyArray<{ input: LiftingInput; codes: string[] }> = [
    // A listed debtor shall stay restricted (限高规定 art. 1): security or consent cannot lift it.
    { input: { ground: 'securityProvided', role: 'debtor', debtorListed: true }, codes: ['CONSUMPTION_LIFTING_DEBTOR_LISTED'] },
    { input: { ground: 'applicantConsents', role: 'debtor', debtorListed: true }, codes: ['CONSUMPTION_LIFTING_DEBTOR_LISTED'] },
    { input: { ground: 'performedInFull', role: 'debtor', debtorListed: true }, codes: [] },
    { input: { ground: 'formerOfficerReplaced', role: 'legalRepresentative', debtorListed: true }, codes: [] },
    { input: { ground: 'securityProvided', role: 'debtor', debtorListed: false }, codes: [] },
    { input: { ground: 'formerOfficerReplaced', role: 'debtor' }, codes: ['CONSUMPTION_LIFTING_NOT_FORMER_OFFICER'] },
    { input: { ground: 'waived' as LiftingGround, role: 'debtor' }, codes: ['CONSUMPTION_LIFTING_UNKNOWN_GROUND'] },
    { input: { ground: 'securityProvided', role: 'nephew' as SubjectRole }, codes: ['CONSUMPTION_LIFTING_ROLE_NOT_BOUND'] },
  ];
  for (const c of LISTED) {
    it(`${JSON.stringify(c.input)} → ${c.codes.join(', ') || 'allowed'}`, () => {
      assert.deepEqual(
        assessLifting(c.input).problems.map((p) => p.code),
        c.codes,
      );
    });
  }
  it('the former-officer refusal names the opinion and the role', () => {
    const p = assessLifting({ ground: 'formerOfficerReplaced', role: 'actualController' }).problems[0]!;
    assert.match(p.messageZh, /实际控制人不适用（善意文明执行意见第17条第（2）项）/);
    assert.match(p.messageEn, /not an actual controller/);
  });
});
