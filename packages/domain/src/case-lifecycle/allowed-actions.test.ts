import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allowedActions } from './allowed-actions.js';
import { CASE_ACTION_TYPES } from './case-action.js';
import type { CaseActionType } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';
import { DomainError } from '../domain-error.js';
import { createCalendar } from '../calendar/index.js';
import { OTHER_COURT, actor, createTestCase } from './case-fixtures.js';

/** `null` = allowed; otherwise the refusal code. */
type Expected = Record<CaseActionType, string | null>;

function check(snapshot: CaseSnapshot, who: Actor, today: string, expected: Expected): void {
  const answers = allowedActions(snapshot, who, today);
  assert.deepEqual(
    answers.map((a) => a.type),
    [...CASE_ACTION_TYPES],
  );
  for (const a of answers) {
    const want = expected[a.type];
    assert.equal(a.allowed, want === null, `${a.type}: ${a.reason?.code ?? 'allowed'}`);
    assert.equal(a.reason?.code ?? null, want, a.type);
  }
}

const all = (code: string): Expected => Object.fromEntries(CASE_ACTION_TYPES.map((t) => [t, code])) as Expected;

describe('allowedActions', () => {
  it('the handler-judge of a notified case', () => {
    check(createTestCase({ stage: 'notified' }), actor('judge'), '2025-10-15', {
      assignHandler: 'ROLE_NOT_ALLOWED',
      serveNotice: 'WRONG_STAGE',
      startInvestigation: null,
      startDisposal: 'WRONG_STAGE',
      startDisbursement: 'WRONG_STAGE',
      close: null,
      stay: null,
      defer: null,
      resume: 'NOT_SUSPENDED',
      requestExtension: 'EXTENSION_REQUEST_OUTSIDE_WINDOW',
      approveExtension: 'ROLE_NOT_ALLOWED',
      rejectExtension: 'ROLE_NOT_ALLOWED',
    });
  });

  it('a judge on a freshly filed case may only assign it', () => {
    check(createTestCase(), actor('judge', 'u-team-judge'), '2025-09-02', {
      assignHandler: null,
      serveNotice: 'NOT_HANDLER',
      startInvestigation: 'NOT_HANDLER',
      startDisposal: 'NOT_HANDLER',
      startDisbursement: 'NOT_HANDLER',
      close: 'NOT_HANDLER',
      stay: 'NOT_HANDLER',
      defer: 'NOT_HANDLER',
      resume: 'NOT_HANDLER',
      requestExtension: 'NOT_HANDLER',
      approveExtension: 'ROLE_NOT_ALLOWED',
      rejectExtension: 'ROLE_NOT_ALLOWED',
    });
  });

  it('the president on a stayed case: reassign, close (terminate/withdraw) or resume', () => {
    const stayed = createTestCase({ stage: 'investigating', suspension: { kind: 'stay', since: '2025-10-01', ground: 'x' } });
    check(stayed, actor('president', 'u-president'), '2025-10-15', {
      assignHandler: null,
      serveNotice: 'ROLE_NOT_ALLOWED',
      startInvestigation: 'CASE_SUSPENDED',
      startDisposal: 'CASE_SUSPENDED',
      startDisbursement: 'CASE_SUSPENDED',
      close: null,
      stay: 'ALREADY_SUSPENDED',
      defer: 'ALREADY_SUSPENDED',
      resume: null,
      requestExtension: 'ROLE_NOT_ALLOWED',
      approveExtension: 'CASE_SUSPENDED',
      rejectExtension: 'CASE_SUSPENDED',
    });
  });

  it('the handler inside the extension window, then with a request pending', () => {
    const base = createTestCase({ stage: 'disposing' });
    const answers = allowedActions(base, actor('judge'), '2026-02-27');
    assert.equal(answers.find((a) => a.type === 'requestExtension')?.allowed, true);
    const pending = { ...base, pendingExtension: { months: 3, requestedOn: '2026-02-27', reason: 'x' } };
    const again = allowedActions(pending, actor('judge'), '2026-02-27').find((a) => a.type === 'requestExtension');
    assert.equal(again?.reason?.code, 'EXTENSION_ALREADY_PENDING');
  });

  it('the president on the due date may approve; a day later only refuse', () => {
    const pending = createTestCase({ stage: 'disposing', pendingExtension: { months: 3, requestedOn: '2026-02-27', reason: 'x' } });
    const onDue = allowedActions(pending, actor('president', 'u-p'), '2026-03-02');
    assert.equal(onDue.find((a) => a.type === 'approveExtension')?.allowed, true);
    const late = allowedActions(pending, actor('president', 'u-p'), '2026-03-03');
    assert.equal(late.find((a) => a.type === 'approveExtension')?.reason?.code, 'EXTENSION_DECISION_TOO_LATE');
    assert.equal(late.find((a) => a.type === 'rejectExtension')?.allowed, true);
  });

  it('an administrator-entered calendar moves the window (2027 fictional holidays)', () => {
    // Filed 2026-07-02: closing due 2027-01-02 (Saturday, uncovered) → Monday 2027-01-04.
    const c = createTestCase({ stage: 'disposing', filedOn: '2026-07-02', noticeServedOn: '2026-07-05' });
    const builtIn = allowedActions(c, actor('judge'), '2027-01-05').find((a) => a.type === 'requestExtension');
    assert.equal(builtIn?.reason?.code, 'EXTENSION_REQUEST_OUTSIDE_WINDOW');
    // NOT the official 2027 schedule: a fixture making 01-04..01-05 holidays moves the due date to 01-06.
    const cal = createCalendar({ extraYears: [{ year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05'], makeupWorkdays: [] }] });
    const entered = allowedActions(c, actor('judge'), '2027-01-05', cal).find((a) => a.type === 'requestExtension');
    assert.equal(entered?.allowed, true);
  });

  it('a closed case offers nothing', () => {
    check(createTestCase({ stage: 'closed', closingMethod: 'withdrawn', closedOn: '2025-09-03' }), actor('president', 'u-p'), '2025-10-15', all('CASE_CLOSED'));
  });

  it('another court’s staff are told nothing else', () => {
    check(createTestCase({ stage: 'closed', closingMethod: 'withdrawn', closedOn: '2025-09-03' }), actor('president', 'u-p', OTHER_COURT), '2025-10-15', all('OUT_OF_COURT_SCOPE'));
  });

  it('throws on an invalid today', () => {
    assert.throws(() => allowedActions(createTestCase(), actor('judge'), 'today'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});
