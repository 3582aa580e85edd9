import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from '../calendar/index.js';
import { DomainError } from '../domain-error.js';
import { nextSubmissionStatus, submissionDeadlines, SUBMISSION_KINDS, type SubmissionAction, type SubmissionKind, type SubmissionStatus } from './submission-rules.js';

const calendar = createCalendar();

describe('submission deadlines', () => {
  const cases: Array<[string, SubmissionKind, Parameters<typeof submissionDeadlines>[2], { registerBy: string | null; answerBy: string | null }]> = [
    // 执行异议复议规定 art. 2: 3 days to register; 民诉法 art. 236: 15 days from receipt. The 3rd day
    // (2026-10-03) falls in the National Day holiday, so registration is due the first working day after.
    ['objection across National Day', 'objection', { receivedOn: '2026-09-30', registeredOn: null }, { registerBy: '2026-10-08', answerBy: '2026-10-15' }],
    ['objection once registered', 'objection', { receivedOn: '2026-09-30', registeredOn: '2026-10-08' }, { registerBy: null, answerBy: '2026-10-15' }],
    // 财产调查规定 art. 2: 7 days, 3 when urgent.
    ['property clue', 'propertyClue', { receivedOn: '2026-03-02', registeredOn: null }, { registerBy: null, answerBy: '2026-03-09' }],
    ['urgent property clue', 'propertyClue', { receivedOn: '2026-03-02', registeredOn: null, urgent: true }, { registerBy: null, answerBy: '2026-03-05' }],
    // 审限规定 art. 6: filed within 7 days.
    ['online filing request', 'filingRequest', { receivedOn: '2026-03-02', registeredOn: null }, { registerBy: null, answerBy: '2026-03-09' }],
    // 信访工作条例: 15 days to accept, then 60 from acceptance (2026-05-10 is a Sunday).
    ['complaint before acceptance', 'complaint', { receivedOn: '2026-03-02', registeredOn: null }, { registerBy: '2026-03-17', answerBy: null }],
    ['complaint after acceptance', 'complaint', { receivedOn: '2026-03-02', registeredOn: '2026-03-11' }, { registerBy: null, answerBy: '2026-05-11' }],
    // Confirm within 2 working days, or by the slot's day when that is sooner; the meeting is the answer.
    ['appointment', 'appointment', { receivedOn: '2026-09-30', registeredOn: null, slotDate: '2026-10-12' }, { registerBy: '2026-10-09', answerBy: '2026-10-12' }],
    ['appointment the first day after the holiday', 'appointment', { receivedOn: '2026-09-30', registeredOn: null, slotDate: '2026-10-08' }, { registerBy: '2026-10-08', answerBy: '2026-10-08' }],
    ['appointment confirmed', 'appointment', { receivedOn: '2026-09-30', registeredOn: '2026-10-08', slotDate: '2026-10-12' }, { registerBy: null, answerBy: '2026-10-12' }],
    ['appointment without a slot', 'appointment', { receivedOn: '2026-09-30', registeredOn: null }, { registerBy: '2026-10-09', answerBy: null }],
  ];
  for (const [name, kind, state, expected] of cases) {
    it(name, () => assert.deepEqual(submissionDeadlines(calendar, kind, state), expected));
  }
});

describe('submission status', () => {
  const withRegistration: SubmissionKind[] = ['objection', 'complaint', 'appointment'];
  const table: Array<[SubmissionStatus, SubmissionAction, (kind: SubmissionKind) => SubmissionStatus | null]> = [
    ['received', 'register', (k) => (withRegistration.includes(k) ? 'registered' : null)],
    ['received', 'answer', (k) => (withRegistration.includes(k) ? null : 'answered')],
    ['received', 'notAccept', () => 'notAccepted'],
    ['registered', 'answer', () => 'answered'],
    ['registered', 'register', () => null],
    // 执行异议复议规定 art. 2: an objection found inadmissible after registration is dismissed.
    ['registered', 'notAccept', (k) => (k === 'objection' ? 'notAccepted' : null)],
    ['answered', 'answer', () => null],
    ['answered', 'notAccept', () => null],
    ['notAccepted', 'register', () => null],
  ];
  for (const kind of SUBMISSION_KINDS) {
    for (const [from, action, expect] of table) {
      const to = expect(kind);
      it(`${kind}: ${from} --${action}--> ${to ?? 'refused'}`, () => {
        if (to) assert.equal(nextSubmissionStatus(kind, from, action), to);
        else assert.throws(() => nextSubmissionStatus(kind, from, action), (e: unknown) => e instanceof DomainError && e.code === 'SUBMISSION_STATE_CONFLICT' && e.messageZh.length > 0);
      });
    }
  }
  it('says why: closed, or register first', () => {
    assert.throws(() => nextSubmissionStatus('objection', 'answered', 'answer'), /closed already/);
    assert.throws(() => nextSubmissionStatus('objection', 'received', 'answer'), /Register this submission/);
    assert.throws(() => nextSubmissionStatus('propertyClue', 'registered', 'register'), /not open/);
  });
});
