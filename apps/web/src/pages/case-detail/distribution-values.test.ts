/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  claimBody,
  claimsTotalFen,
  costsToFen,
  daysBetween,
  debtorKindChoices,
  lineTotals,
  periodState,
  planBody,
  planStatus,
  serviceBody,
  serviceCandidates,
  unservedParties,
  type PlanRows,
} from './distribution-values.js';

/** The dialog as the judge fills it for 李四's flat: costs, a mortgagee and two judgment creditors. */
const ROWS: PlanRows = {
  proceedsSource: '  拍卖被执行人名下房产所得价款 ',
  amount: '10,000.00',
  costs: '100',
  debtorKind: 'naturalPerson',
  claims: [
    { creditor: '张伟', basis: '（2025）辽0202民初456号', amount: '6000' },
    { creditor: '王五', basis: ' （2025）辽0203民初77号 ', amount: '3000.00' },
    { creditor: '中国建设银行大连分行', amount: '2000', hasPriority: true, rank: 1, since: '2023-05-06', note: ' 抵押权 ', seizureOrder: 2 },
  ],
};

describe('the plan request', () => {
  it('sends yuan as exact fen, trimmed text, and a priority only when ticked', () => {
    assert.deepEqual(planBody(ROWS), {
      proceedsSource: '拍卖被执行人名下房产所得价款',
      amountFen: 1_000_000,
      costsFen: 10_000,
      debtorKind: 'naturalPerson',
      claims: [
        { creditor: '张伟', basis: '（2025）辽0202民初456号', amountFen: 600_000 },
        { creditor: '王五', basis: '（2025）辽0203民初77号', amountFen: 300_000 },
        // The seizure order counts for an enterprise only.
        { creditor: '中国建设银行大连分行', amountFen: 200_000, priority: { rank: 1, since: '2023-05-06', note: '抵押权' } },
      ],
    });
  });

  it('keeps the seizure order of an enterprise’s creditors', () => {
    assert.deepEqual(claimBody({ creditor: '甲公司', basis: 'A', amount: '0.01', seizureOrder: 1 }, 'enterprise'), { creditor: '甲公司', basis: 'A', amountFen: 1, seizureOrder: 1 });
  });

  it('leaves the priority fields out when the box is not ticked', () => {
    assert.deepEqual(claimBody({ creditor: '乙', basis: 'B', amount: '1', hasPriority: false, rank: 2, since: '2024-01-01', note: '留置权' }, 'naturalPerson'), { creditor: '乙', basis: 'B', amountFen: 100 });
  });

  it('is not built while a row is incomplete', () => {
    const cases: Array<[string, PlanRows]> = [
      ['an ordinary claim without its basis', { ...ROWS, claims: [{ creditor: '张伟', basis: '  ', amount: '1' }] }],
      ['a priority without its date', { ...ROWS, claims: [{ creditor: '银行', amount: '1', hasPriority: true, rank: 1, since: null, note: '抵押权' }] }],
      ['a priority without its note', { ...ROWS, claims: [{ creditor: '银行', amount: '1', hasPriority: true, rank: 1, since: '2023-05-06', note: ' ' }] }],
      ['an amount with three decimals', { ...ROWS, claims: [{ creditor: '张伟', basis: 'A', amount: '1.001' }] }],
      ['a creditor without a name', { ...ROWS, claims: [{ creditor: ' ', basis: 'A', amount: '1' }] }],
      ['no creditor', { ...ROWS, claims: [] }],
      ['an empty row', { ...ROWS, claims: [undefined] }],
      ['no debtor kind', { ...ROWS, debtorKind: undefined }],
      ['no proceeds source', { ...ROWS, proceedsSource: ' ' }],
      ['a zero amount', { ...ROWS, amount: '0' }],
      ['malformed costs', { ...ROWS, costs: '-5' }],
    ];
    for (const [what, rows] of cases) assert.equal(planBody(rows), null, what);
  });

  it('takes costs left empty or zero as none', () => {
    for (const input of [undefined, '', '  ', '0', '0.00', '00']) assert.equal(costsToFen(input), 0, String(input));
    assert.equal(costsToFen('100.5'), 10_050);
    assert.equal(costsToFen('1,234.56'), 123_456);
    assert.equal(costsToFen('1.234'), null);
    assert.equal(costsToFen('abc'), null);
  });

  it('totals the claims typed correctly', () => {
    assert.equal(claimsTotalFen(ROWS.claims ?? []), 1_100_000);
    assert.equal(claimsTotalFen([{ amount: '1.5' }, { amount: 'x' }, undefined]), 150);
  });
});

describe('the debtor kind', () => {
  it('is a natural person for a person, the court’s choice for an organisation', () => {
    assert.deepEqual(debtorKindChoices([{ partyRole: 'applicant', kind: 'organisation' }, { partyRole: 'debtor', kind: 'person' }]), { preset: 'naturalPerson', allowed: ['naturalPerson'] });
    assert.deepEqual(debtorKindChoices([{ partyRole: 'debtor', kind: 'organisation' }]), { preset: undefined, allowed: ['otherOrganisation', 'enterprise'] });
    assert.deepEqual(debtorKindChoices([]), { preset: undefined, allowed: ['naturalPerson', 'otherOrganisation', 'enterprise'] });
  });
});

describe('a plan as made', () => {
  const lines = [
    { claimIndex: null, creditor: '执行费用', tier: 'costs' as const, owedFen: 10_000, paidFen: 10_000, shortfallFen: 0 },
    { claimIndex: 2, creditor: '银行', tier: 'priority' as const, owedFen: 200_000, paidFen: 200_000, shortfallFen: 0 },
    { claimIndex: 0, creditor: '张伟', tier: 'ordinary' as const, owedFen: 600_000, paidFen: 526_667, shortfallFen: 73_333 },
    { claimIndex: 1, creditor: '王五', tier: 'ordinary' as const, owedFen: 300_000, paidFen: 263_333, shortfallFen: 36_667 },
  ];

  it('totals its lines to the fen', () => {
    assert.deepEqual(lineTotals(lines), { owedFen: 1_110_000, paidFen: 1_000_000, shortfallFen: 110_000 });
    assert.deepEqual(lineTotals([]), { owedFen: 0, paidFen: 0, shortfallFen: 0 });
  });

  it('is served on its creditors in payment order, then the debtor', () => {
    assert.deepEqual(serviceCandidates({ lines }, ['李四']), ['银行', '张伟', '王五', '李四']);
    assert.deepEqual(serviceCandidates({ lines }, ['张伟']), ['银行', '张伟', '王五'], 'a name once');
    const party = { planServedOn: '2026-03-02', objectionNoticeOn: null, oppositionNoticeOn: null, objected: false, objectionDueOn: '2026-03-17', oppositionDueOn: null, lawsuitDueOn: null };
    assert.deepEqual(unservedParties({ lines, parties: [{ ...party, party: '张伟' }, { ...party, party: '李四' }] }, ['李四']), ['银行', '王五']);
  });

  it('stands unopposed, objected, in its period or unserved', () => {
    const party = { party: '张伟', planServedOn: '2026-03-02', objectionNoticeOn: null, oppositionNoticeOn: null, objected: false, objectionDueOn: '2026-03-17', oppositionDueOn: null, lawsuitDueOn: null };
    assert.equal(planStatus({ unopposed: true, parties: [party] }), 'unopposed');
    assert.equal(planStatus({ unopposed: false, parties: [party, { ...party, party: '王五', objected: true }] }), 'objected');
    assert.equal(planStatus({ unopposed: false, parties: [party] }), 'inPeriod');
    assert.equal(planStatus({ unopposed: false, parties: [] }), 'unserved');
  });
});

describe('a 15-day period', () => {
  it('counts calendar days across months and years', () => {
    assert.equal(daysBetween('2026-03-02', '2026-03-17'), 15);
    assert.equal(daysBetween('2026-02-27', '2026-03-02'), 3);
    assert.equal(daysBetween('2025-12-31', '2026-01-01'), 1);
    assert.equal(daysBetween('2026-03-17', '2026-03-02'), -15);
  });

  it('is blue while it runs, orange within 3 days and on its last day, grey once over', () => {
    const cases: Array<[string, number, string]> = [
      ['2026-03-17', 15, 'running'],
      ['2026-03-06', 4, 'running'],
      ['2026-03-05', 3, 'soon'],
      ['2026-03-03', 1, 'soon'],
      ['2026-03-02', 0, 'lastDay'],
      ['2026-03-01', -1, 'over'],
    ];
    for (const [dueOn, daysLeft, tone] of cases) assert.deepEqual(periodState(dueOn, '2026-03-02'), { daysLeft, tone }, dueOn);
  });
});

describe('the service request', () => {
  it('sends the notices only when served', () => {
    assert.deepEqual(serviceBody({ party: ' 张伟 ', planServedOn: '2026-03-02', objectionNoticeOn: null, oppositionNoticeOn: undefined }), { party: '张伟', planServedOn: '2026-03-02', objected: false });
    assert.deepEqual(serviceBody({ party: '王五', planServedOn: '2026-03-02', objectionNoticeOn: '2026-03-10', oppositionNoticeOn: '2026-03-20', objected: true }), {
      party: '王五',
      planServedOn: '2026-03-02',
      objectionNoticeOn: '2026-03-10',
      oppositionNoticeOn: '2026-03-20',
      objected: true,
    });
  });
  it('needs the party and the day the plan was served', () => {
    assert.equal(serviceBody({ party: ' ', planServedOn: '2026-03-02' }), null);
    assert.equal(serviceBody({ party: '张伟', planServedOn: null }), null);
  });
});
