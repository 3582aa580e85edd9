/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerOf, controlActOf, fenOf, holdingWorth, oldestFirst, outcomesFor, reportedKinds, type DeskAnswerValues } from './desk-values.js';
import { filenameOf, type DeskRequest } from './desk-api.js';

const INQUIRY = { type: 'inquiry', act: 'inquire' } as const;
const SEAL = { type: 'control', act: 'seal' } as const;
const FREEZE = { type: 'control', act: 'freeze' } as const;
const DEDUCT = { type: 'control', act: 'deduct' } as const;
const WHO = { answeredBy: ' 车管所 王警官 ' };
const VEHICLE = { kind: 'vehicle', ref: ' 辽B·12345 ', description: '小型轿车 大众朗逸', valuation: '50,000.00', basis: '同型号二手车市场参考价' } as const;

describe('what an institution may report, and how each kind states its worth', () => {
  it('follows the category: a vehicle administration reports vehicles only; an unknown category nothing', () => {
    assert.deepEqual(reportedKinds('vehicleAdministration'), ['vehicle']);
    assert.deepEqual(reportedKinds('bank'), ['bankDeposit', 'wealthProduct']);
    assert.deepEqual(reportedKinds('somethingElse'), []);
  });

  it('money that can be paid over has a balance, other property a valuation, records neither', () => {
    assert.equal(holdingWorth('bankDeposit'), 'balance');
    assert.equal(holdingWorth('insurancePolicy'), 'balance');
    assert.equal(holdingWorth('vehicle'), 'valuation');
    assert.equal(holdingWorth('securities'), 'valuation');
    assert.equal(holdingWorth('taxRecord'), 'none');
  });

  it('offers only the outcomes an act can have', () => {
    assert.deepEqual(outcomesFor('freeze'), ['done', 'partial', 'waiting', 'refused']);
    assert.deepEqual(outcomesFor('seal'), ['done', 'waiting', 'refused']);
    assert.deepEqual(outcomesFor('deduct'), ['done', 'partial', 'refused']);
    assert.deepEqual(outcomesFor('release'), ['done', 'refused']);
    assert.equal(controlActOf(INQUIRY), null);
    assert.equal(controlActOf(SEAL), 'seal');
    assert.equal(controlActOf({ type: 'control', act: 'teleport' }), null);
  });
});

describe('amounts typed at the desk', () => {
  it('become integer fen; a balance may be nil, other amounts may not', () => {
    assert.equal(fenOf('50,000.00'), 5_000_000);
    assert.equal(fenOf('0.29'), 29);
    assert.equal(fenOf('1，500'), 150_000);
    assert.equal(fenOf('0'), null);
    assert.equal(fenOf('0', true), 0);
    assert.equal(fenOf('0.00', true), 0);
    assert.equal(fenOf('1.005', true), null);
    assert.equal(fenOf('', true), null);
    assert.equal(fenOf(undefined), null);
  });
});

describe('the answer built from the form', () => {
  it('an inquiry with one vehicle: trimmed, valued in fen, no encumbrance', () => {
    const values: DeskAnswerValues = { ...WHO, mode: 'result', holdings: [{ ...VEHICLE, encumbrances: [] }] };
    assert.deepEqual(answerOf(INQUIRY, values), {
      answeredBy: '车管所 王警官',
      body: { type: 'inquiryResult', holdings: [{ kind: 'vehicle', ref: '辽B·12345', description: '小型轿车 大众朗逸', valuation: { amountFen: 5_000_000, basis: '同型号二手车市场参考价' }, encumbrances: [] }] },
    });
  });

  it('nothing found is an empty list, whatever holdings were begun', () => {
    assert.deepEqual(answerOf(INQUIRY, { ...WHO, nothingFound: true, holdings: [{ kind: 'vehicle' }] }), { answeredBy: '车管所 王警官', body: { type: 'inquiryResult', holdings: [] } });
    assert.equal(answerOf(INQUIRY, { ...WHO, holdings: [] }), null, 'neither holdings nor 未查询到财产');
  });

  it('a deposit needs its balance (nil is an answer); a valuation needs its basis; a record needs neither', () => {
    const deposit = { kind: 'bankDeposit', ref: '6222 0000', description: '借记卡' } as const;
    assert.equal(answerOf(INQUIRY, { ...WHO, holdings: [deposit] }), null);
    assert.deepEqual(answerOf(INQUIRY, { ...WHO, holdings: [{ ...deposit, balance: '0' }] })?.body, { type: 'inquiryResult', holdings: [{ ...deposit, balanceFen: 0, encumbrances: [] }] });
    assert.equal(answerOf(INQUIRY, { ...WHO, holdings: [{ ...VEHICLE, basis: ' ' }] }), null);
    const bare = { kind: 'vehicle', ref: '辽B·1', description: '报废车辆' } as const;
    assert.deepEqual(answerOf(INQUIRY, { ...WHO, holdings: [bare] })?.body, { type: 'inquiryResult', holdings: [{ ...bare, encumbrances: [] }] });
    const tax = { kind: 'taxRecord', ref: '2025', description: '年度纳税记录', balance: '12' } as const;
    assert.deepEqual(answerOf(INQUIRY, { ...WHO, holdings: [tax] })?.body, { type: 'inquiryResult', holdings: [{ kind: 'taxRecord', ref: '2025', description: '年度纳税记录', encumbrances: [] }] });
  });

  it('encumbrances keep what was given: a mortgage with its amount, another court’s seal with its case and rank', () => {
    const body = answerOf(INQUIRY, {
      ...WHO,
      holdings: [
        {
          ...VEHICLE,
          encumbrances: [
            { kind: 'mortgage', holder: ' 某银行 ', amount: '20000', since: '2024-05-06' },
            { kind: 'courtControl', holder: '大连市西岗区人民法院', caseNumber: '（2025）辽0203执88号', registeredSeq: 1, since: { format: () => '2025-02-01' } },
          ],
        },
      ],
    })?.body;
    assert.deepEqual(body?.type === 'inquiryResult' ? body.holdings[0]?.encumbrances : null, [
      { kind: 'mortgage', holder: '某银行', amountFen: 2_000_000, since: '2024-05-06' },
      { kind: 'courtControl', holder: '大连市西岗区人民法院', caseNumber: '（2025）辽0203执88号', since: '2025-02-01', registeredSeq: 1 },
    ]);
    assert.equal(answerOf(INQUIRY, { ...WHO, holdings: [{ ...VEHICLE, encumbrances: [{ kind: 'pledge' }] }] }), null, 'an encumbrance names its holder');
    assert.equal(answerOf(INQUIRY, { ...WHO, holdings: [{ ...VEHICLE, encumbrances: [{ kind: 'pledge', holder: 'x', amount: 'abc' }] }] }), null);
  });

  it('a control done: its reference, amount and dates; waiting: the queue; refused: the reason', () => {
    assert.deepEqual(answerOf(SEAL, { ...WHO, outcome: 'done', controlRef: ' CG-2026-0001 ', effectiveOn: '2026-03-02', amount: '99' })?.body, {
      type: 'controlResult',
      act: 'seal',
      outcome: 'done',
      controlRef: 'CG-2026-0001',
      effectiveOn: '2026-03-02',
    });
    assert.deepEqual(answerOf(SEAL, { ...WHO, outcome: 'waiting', queueAhead: 2 })?.body, { type: 'controlResult', act: 'seal', outcome: 'waiting', queueAhead: 2 });
    assert.deepEqual(answerOf(SEAL, { ...WHO, outcome: 'refused', reason: ' 车辆已被注销 ' })?.body, { type: 'controlResult', act: 'seal', outcome: 'refused', reason: '车辆已被注销' });
    assert.equal(answerOf(SEAL, { ...WHO, outcome: 'refused' }), null);
    assert.equal(answerOf(SEAL, { ...WHO, outcome: 'partial' }), null, 'a seal is not done in part');
    assert.equal(answerOf(SEAL, { ...WHO }), null);
  });

  it('money: a freeze may leave the amount to what was asked, a part or a deduction must state it', () => {
    assert.deepEqual(answerOf(FREEZE, { ...WHO, outcome: 'done' })?.body, { type: 'controlResult', act: 'freeze', outcome: 'done' });
    assert.equal(answerOf(FREEZE, { ...WHO, outcome: 'partial' }), null);
    assert.deepEqual(answerOf(FREEZE, { ...WHO, outcome: 'partial', amount: '1,234.5' })?.body, { type: 'controlResult', act: 'freeze', outcome: 'partial', amountFen: 123_450 });
    assert.equal(answerOf(DEDUCT, { ...WHO, outcome: 'done', controlRef: 'F-1' }), null);
    assert.deepEqual(answerOf(DEDUCT, { ...WHO, outcome: 'done', controlRef: 'F-1', amount: '500', effectiveOn: '2026-01-01' })?.body, { type: 'controlResult', act: 'deduct', outcome: 'done', controlRef: 'F-1', amountFen: 50_000 });
  });

  it('any request may be declined with a code and a message; nobody answers without a name', () => {
    assert.deepEqual(answerOf(INQUIRY, { ...WHO, mode: 'rejection', code: 'DOCUMENT_INVALID', message: ' 文书编号与存档不符 ', holdings: [{ kind: 'vehicle' }] }), {
      answeredBy: '车管所 王警官',
      body: { type: 'rejection', code: 'DOCUMENT_INVALID', message: '文书编号与存档不符' },
    });
    assert.equal(answerOf(SEAL, { ...WHO, mode: 'rejection', code: 'NOT_SUPPORTED' }), null);
    assert.equal(answerOf(INQUIRY, { answeredBy: '  ', nothingFound: true }), null);
  });
});

describe('the desk list and its files', () => {
  it('shows the oldest request first and the newest last', () => {
    const at = (issuedAt: string, caseNumber: string) => ({ issuedAt, caseNumber }) as DeskRequest;
    const sorted = oldestFirst([at('2026-03-02T09:00:00.000Z', 'B'), at('2026-03-01T09:00:00.000Z', 'C'), at('2026-03-02T09:00:00.000Z', 'A')]);
    assert.deepEqual(sorted.map((r) => r.caseNumber), ['C', 'A', 'B']);
  });

  it('names a downloaded file as the server does, Chinese included', () => {
    assert.equal(filenameOf(`attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent('（2026）辽0202执1号执行裁定书.docx')}`, 'x.docx'), '（2026）辽0202执1号执行裁定书.docx');
    assert.equal(filenameOf('attachment; filename="document.docx"', 'x.docx'), 'document.docx');
    assert.equal(filenameOf(null, 'x.docx'), 'x.docx');
  });
});
