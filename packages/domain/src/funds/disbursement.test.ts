import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, compareCivil, diffDays } from '../civil-date.js';
import { DomainError } from '../domain-error.js';
import { createCalendar } from '../calendar/index.js';
import { FUNDS_PROBLEM_CODES } from './funds-problems.js';
import {
  DISBURSEMENT_DAYS,
  DISBURSEMENT_DELAY_GROUNDS,
  DISBURSEMENT_DELAY_GROUND_LABELS,
  FUNDS_RULES,
  disbursementDueOn,
  disbursementStatus,
  isDisbursementDelayGround,
} from './disbursement.js';
import type { DisbursementDelayGround, DisbursementInput } from './disbursement.js';

const cal = createCalendar();

describe('disbursementDueOn', () => {
  it('is 30 days', () => {
    assert.equal(DISBURSEMENT_DAYS, 30);
  });

  const CASES: ReadonlyArray<{ notice: string; dueDate: string; rolledFrom?: string; note: string }> = [
    { notice: '2026-01-05', dueDate: '2026-02-04', note: 'an ordinary Wednesday' },
    { notice: '2026-09-01', dueDate: '2026-10-08', rolledFrom: '2026-10-01', note: 'the 30th day is National Day 2026: carried past the 10-01…10-07 holiday' },
    { notice: '2025-09-01', dueDate: '2025-10-09', rolledFrom: '2025-10-01', note: 'National Day 2025 runs to 10-08' },
    { notice: '2026-02-12', dueDate: '2026-03-16', rolledFrom: '2026-03-14', note: 'a Saturday: carried to Monday' },
    { notice: '2026-09-10', dueDate: '2026-10-10', note: 'a make-up working Saturday is a working day' },
    { notice: '2026-01-18', dueDate: '2026-02-24', rolledFrom: '2026-02-17', note: 'Spring Festival 2026' },
  ];
  for (const c of CASES) {
    it(`${c.note}: ${c.notice} → ${c.dueDate}`, () => {
      const result = disbursementDueOn(cal, c.notice);
      assert.deepEqual(result, c.rolledFrom === undefined ? { dueDate: c.dueDate, uncoveredYears: [] } : { dueDate: c.dueDate, rolledFrom: c.rolledFrom, uncoveredYears: [] });
    });
  }

  it('reports a year without an official schedule', () => {
    assert.deepEqual(disbursementDueOn(cal, '2027-01-05').uncoveredYears, [2027]);
  });

  it('refuses a malformed date, naming the field', () => {
    assert.throws(
      () => disbursementDueOn(cal, '2026-02-30'),
      (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE' && e.details?.['field'] === 'arrivalNoticeOn',
    );
  });
});

describe('disbursementStatus', () => {
  // Finance notified the arrival on 2026-09-01; the 30th day, 10-01, is National Day: due 10-08.
  const notice = '2026-09-01';
  const base = { arrivalNoticeOn: notice };
  const common = { dueOn: '2026-10-08', rolledFrom: '2026-10-01', uncoveredYears: [] };

  it('due on the day of the notice, on the rolled-over nominal day and on the due date itself', () => {
    assert.deepEqual(disbursementStatus({ ...base, today: notice }, cal), { ...common, state: 'due', daysLeft: 37 });
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-10-01' }, cal), { ...common, state: 'due', daysLeft: 7 });
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-10-08' }, cal), { ...common, state: 'due', daysLeft: 0 });
  });

  it('overdue from the day after', () => {
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-10-09' }, cal), { ...common, state: 'overdue', daysLeft: -1, daysOverdue: 1 });
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-12-31' }, cal), { ...common, state: 'overdue', daysLeft: -84, daysOverdue: 84 });
  });

  it('no rolledFrom when the 30th day is a working day', () => {
    const status = disbursementStatus({ arrivalNoticeOn: '2026-01-05', today: '2026-01-06' }, cal);
    assert.deepEqual(status, { dueOn: '2026-02-04', uncoveredYears: [], state: 'due', daysLeft: 29 });
  });

  it('paid in time, and paid late', () => {
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-11-01', paidOn: '2026-10-08' }, cal), { ...common, state: 'paid', paidOn: '2026-10-08', daysLeft: 0, paidLate: false });
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-11-01', paidOn: '2026-10-12' }, cal), { ...common, state: 'paid', paidOn: '2026-10-12', daysLeft: -4, paidLate: true });
  });

  it('paid after the due date under a delay approved in time is not late; under one approved too late it is', () => {
    const inTime = { ground: 'distributionPending' as const, approvedOn: '2026-09-20' };
    const tooLate = { ground: 'distributionPending' as const, approvedOn: '2026-10-09' };
    const a = disbursementStatus({ ...base, today: '2026-12-01', paidOn: '2026-11-30', delay: inTime }, cal);
    const b = disbursementStatus({ ...base, today: '2026-12-01', paidOn: '2026-11-30', delay: tooLate }, cal);
    assert.ok(a.state === 'paid' && b.state === 'paid');
    assert.equal(a.paidLate, false);
    assert.equal(b.paidLate, true);
  });

  it('an approved delay on a lawful ground stops the funds counting as overdue', () => {
    const delay = { ground: 'entitlementFrozen' as const, approvedOn: '2026-09-25' };
    assert.deepEqual(disbursementStatus({ ...base, today: '2026-12-31', delay }, cal), {
      ...common,
      state: 'delayed',
      daysLeft: -84,
      ground: 'entitlementFrozen',
      approvedOn: '2026-09-25',
      basis: DISBURSEMENT_DELAY_GROUND_LABELS.entitlementFrozen.basis,
      approvedAfterDue: false,
    });
    // Approved on the due date itself: still in time.
    const onDue = disbursementStatus({ ...base, today: '2026-10-20', delay: { ground: 'stayed', approvedOn: '2026-10-08' } }, cal);
    assert.ok(onDue.state === 'delayed' && !onDue.approvedAfterDue);
  });

  it('a delay approved after the due date: delayed from then on, with the lapse on record', () => {
    const status = disbursementStatus({ ...base, today: '2026-10-20', delay: { ground: 'notCollected', approvedOn: '2026-10-15' } }, cal);
    assert.ok(status.state === 'delayed');
    assert.equal(status.approvedAfterDue, true);
    assert.equal(status.daysLeft, -12);
  });

  const REFUSALS: ReadonlyArray<{ note: string; input: DisbursementInput; code: string; field?: string }> = [
    { note: 'a notice after today', input: { arrivalNoticeOn: '2026-09-02', today: '2026-09-01' }, code: 'DISBURSEMENT_DATE_IN_FUTURE', field: 'arrivalNoticeOn' },
    { note: 'a payment after today', input: { ...base, today: '2026-09-10', paidOn: '2026-09-11' }, code: 'DISBURSEMENT_DATE_IN_FUTURE', field: 'paidOn' },
    { note: 'an approval after today', input: { ...base, today: '2026-09-10', delay: { ground: 'stayed', approvedOn: '2026-09-11' } }, code: 'DISBURSEMENT_DATE_IN_FUTURE', field: 'delay.approvedOn' },
    { note: 'a payment before the notice', input: { ...base, today: '2026-09-10', paidOn: '2026-08-31' }, code: 'DISBURSEMENT_DATE_BEFORE_NOTICE', field: 'paidOn' },
    { note: 'an approval before the notice', input: { ...base, today: '2026-09-10', delay: { ground: 'stayed', approvedOn: '2026-08-31' } }, code: 'DISBURSEMENT_DATE_BEFORE_NOTICE', field: 'delay.approvedOn' },
    { note: 'an unknown ground', input: { ...base, today: '2026-09-10', delay: { ground: 'busy' as DisbursementDelayGround, approvedOn: '2026-09-05' } }, code: 'DISBURSEMENT_UNKNOWN_DELAY_GROUND' },
    { note: 'a malformed payment date', input: { ...base, today: '2026-09-10', paidOn: '2026-9-5' }, code: 'INVALID_DATE', field: 'paidOn' },
    { note: 'a malformed today', input: { ...base, today: 'today' }, code: 'INVALID_DATE', field: 'today' },
  ];
  const seen = new Set<string>();
  for (const r of REFUSALS) {
    it(`refuses ${r.note}: ${r.code}`, () => {
      assert.throws(
        () => disbursementStatus(r.input, cal),
        (e: unknown) => {
          assert.ok(e instanceof DomainError);
          assert.equal(e.code, r.code);
          assert.match(e.messageZh, /[\u4e00-\u9fff]/);
          if (r.field !== undefined) assert.equal(e.details?.['field'], r.field);
          seen.add(e.code);
          return true;
        },
      );
    });
  }
  it('every DISBURSEMENT_ code has an example above', () => {
    assert.deepEqual(
      [...seen].filter((c) => c.startsWith('DISBURSEMENT_')).sort(),
      FUNDS_PROBLEM_CODES.filter((c) => c.startsWith('DISBURSEMENT_')).sort(),
    );
  });
});

describe('DISBURSEMENT_DELAY_GROUNDS', () => {
  it('are the five lawful exceptions, labelled in both languages with their basis', () => {
    assert.deepEqual(DISBURSEMENT_DELAY_GROUNDS, ['distributionPending', 'entitlementFrozen', 'notCollected', 'stayed', 'otherProper']);
    for (const ground of DISBURSEMENT_DELAY_GROUNDS) {
      const label = DISBURSEMENT_DELAY_GROUND_LABELS[ground];
      assert.match(label.zh, /[\u4e00-\u9fff]/);
      assert.ok(label.en.length > 0);
      assert.ok(label.basis.startsWith(FUNDS_RULES));
      assert.match(label.basis, /法发〔2017〕6号.*批准/);
    }
    assert.match(DISBURSEMENT_DELAY_GROUND_LABELS.distributionPending.zh, /分配/);
    assert.match(DISBURSEMENT_DELAY_GROUND_LABELS.notCollected.zh, /未领取/);
  });

  it('isDisbursementDelayGround', () => {
    assert.equal(isDisbursementDelayGround('stayed'), true);
    assert.equal(isDisbursementDelayGround('busy'), false);
    assert.equal(isDisbursementDelayGround(undefined), false);
  });
});

describe('disbursement: properties', () => {
  // Notices across 2025–2026, the years the built-in calendar covers, and a day up to 120 days on.
  const dates = fc.record({ notice: fc.integer({ min: 0, max: 640 }), elapsed: fc.integer({ min: 0, max: 120 }) }).map(({ notice, elapsed }) => {
    const arrivalNoticeOn = addDays('2025-01-01', notice);
    return { arrivalNoticeOn, today: addDays(arrivalNoticeOn, elapsed) };
  });

  it('the due date is the 30th day or the first working day after it (property)', () => {
    fc.assert(
      fc.property(dates, ({ arrivalNoticeOn }) => {
        const { dueDate, rolledFrom } = disbursementDueOn(cal, arrivalNoticeOn);
        const nominal = addDays(arrivalNoticeOn, DISBURSEMENT_DAYS);
        assert.ok(cal.isWorkday(dueDate));
        assert.equal(rolledFrom === undefined ? dueDate : rolledFrom, nominal);
        for (let d = nominal; compareCivil(d, dueDate) < 0; d = addDays(d, 1)) assert.equal(cal.isWorkday(d), false);
      }),
    );
  });

  it('due until the due date, overdue after, never overdue under an approved delay (property)', () => {
    fc.assert(
      fc.property(dates, fc.constantFrom(...DISBURSEMENT_DELAY_GROUNDS), fc.nat(), ({ arrivalNoticeOn, today }, ground, k) => {
        const plain = disbursementStatus({ arrivalNoticeOn, today }, cal);
        assert.equal(plain.state, plain.daysLeft >= 0 ? 'due' : 'overdue');
        assert.equal(plain.daysLeft, diffDays(today, plain.dueOn));
        const approvedOn = addDays(arrivalNoticeOn, k % (diffDays(arrivalNoticeOn, today) + 1));
        const delayed = disbursementStatus({ arrivalNoticeOn, today, delay: { ground, approvedOn } }, cal);
        assert.equal(delayed.state, 'delayed');
        assert.equal(delayed.daysLeft, plain.daysLeft);
      }),
    );
  });
});
