import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from './decide.js';
import type { CaseAction } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';
import { DomainError } from '../domain-error.js';
import { OTHER_COURT, actor, createTestCase } from './case-fixtures.js';

const judge = actor('judge');
const officer = actor('officer');
const chief = actor('bureau_chief', 'u-chief');
const president = actor('president', 'u-president');
const stayed = { kind: 'stay' as const, since: '2025-10-10', ground: '案外人异议' };
const deferred = { kind: 'deferral' as const, since: '2025-10-10', until: '2025-11-10', ground: '提供担保' };
const pending = { months: 3, requestedOn: '2026-02-26', reason: '拍卖中' };
const FULL = { consumptionRestrictionIssued: true, dishonestListingDecided: true, investigationExhausted: true, applicantInterviewed: true, whereaboutsSearched: true };
const closedCase = createTestCase({ stage: 'closed', closingMethod: 'performed', closedOn: '2025-10-01' });

interface Refusal {
  name: string;
  before: CaseSnapshot;
  action: CaseAction;
  by: Actor;
  today?: string;
  code: string;
  details?: Record<string, unknown>;
  zh?: RegExp;
}

const REFUSALS: Refusal[] = [
  // Common checks, in their order
  { name: 'staff of another court, even on a closed case', before: closedCase, action: { type: 'startInvestigation' }, by: actor('president', 'u-p2', OTHER_COURT), code: 'OUT_OF_COURT_SCOPE' },
  { name: 'a closed case refuses everything, even the president', before: closedCase, action: { type: 'assignHandler', handlerId: 'u-x' }, by: president, code: 'CASE_CLOSED' },
  { name: 'a closed case cannot be closed again', before: closedCase, action: { type: 'close', method: 'terminated', reason: 'x', on: '2025-10-15' }, by: judge, code: 'CASE_CLOSED' },
  { name: 'an officer may not close (closing is a decision)', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-15' }, by: officer, code: 'ROLE_NOT_ALLOWED', details: { allowedRoles: ['judge', 'bureau_chief', 'president'] } },
  { name: 'a clerk may not start the investigation', before: createTestCase({ stage: 'notified' }), action: { type: 'startInvestigation' }, by: actor('clerk', 'u-clerk'), code: 'ROLE_NOT_ALLOWED' },
  { name: 'a judge may not reassign a running case', before: createTestCase({ stage: 'notified' }), action: { type: 'assignHandler', handlerId: 'u-x' }, by: judge, code: 'ROLE_NOT_ALLOWED', details: { allowedRoles: ['bureau_chief', 'president'] }, zh: /变更承办人/ },
  { name: 'the administrator does not act on cases', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-09-05' }, by: actor('admin'), code: 'ROLE_NOT_ALLOWED' },
  { name: 'the city supervisor does not act on cases', before: createTestCase(), action: { type: 'stay', ground: 'x', since: '2025-09-05' }, by: actor('city_supervisor'), code: 'ROLE_NOT_ALLOWED' },
  { name: 'only the president approves an extension', before: createTestCase({ stage: 'disposing', pendingExtension: pending }), action: { type: 'approveExtension' }, by: chief, today: '2026-03-01', code: 'ROLE_NOT_ALLOWED' },
  { name: 'another judge is not the handler', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-09-05' }, by: actor('judge', 'u-other'), code: 'NOT_HANDLER', zh: /执行局长、院领导/ },
  { name: 'nobody but supervisors acts before a handler exists', before: createTestCase(), action: { type: 'stay', ground: 'x', since: '2025-09-05' }, by: judge, code: 'NOT_HANDLER' },
  { name: 'a bureau chief who is not the handler cannot request an extension', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 3, reason: 'x', requestedOn: '2026-02-26' }, by: chief, today: '2026-02-26', code: 'NOT_HANDLER', zh: /本人/ },
  { name: 'a stayed case does not advance', before: createTestCase({ stage: 'notified', suspension: stayed }), action: { type: 'startInvestigation' }, by: judge, code: 'CASE_SUSPENDED', zh: /中止执行/ },
  { name: 'a deferred case does not advance', before: createTestCase({ stage: 'investigating', suspension: deferred }), action: { type: 'startDisposal', reason: 'x' }, by: judge, code: 'CASE_SUSPENDED', zh: /暂缓执行/ },
  { name: 'a stayed case is not assigned its first handler', before: createTestCase({ suspension: stayed }), action: { type: 'assignHandler', handlerId: 'u-x' }, by: chief, code: 'CASE_SUSPENDED' },
  { name: 'a stayed case is not closed as performed', before: createTestCase({ stage: 'disbursing', suspension: stayed }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-15' }, by: judge, code: 'CASE_SUSPENDED', zh: /执行完毕/ },
  { name: 'a stayed case is not closed by 终本', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-02', checklist: FULL }, by: judge, today: '2025-12-02', code: 'CASE_SUSPENDED' },
  { name: 'no extension request while stayed', before: createTestCase({ stage: 'disposing', suspension: stayed }), action: { type: 'requestExtension', months: 3, reason: 'x', requestedOn: '2025-10-15' }, by: judge, code: 'CASE_SUSPENDED' },
  { name: 'no second stay', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'stay', ground: 'x', since: '2025-10-12' }, by: judge, code: 'ALREADY_SUSPENDED' },
  { name: 'no deferral of a stayed case', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'defer', ground: 'x', since: '2025-10-12', until: '2025-12-01' }, by: judge, code: 'ALREADY_SUSPENDED' },
  { name: 'nothing to resume', before: createTestCase({ stage: 'investigating' }), action: { type: 'resume', on: '2025-10-15' }, by: judge, code: 'NOT_SUSPENDED' },
  // Stages
  { name: 'notice before assignment', before: createTestCase(), action: { type: 'serveNotice', servedOn: '2025-09-02' }, by: actor('clerk', 'u-clerk'), code: 'WRONG_STAGE', details: { allowedStages: ['assigned'] } },
  { name: 'notice twice', before: createTestCase({ stage: 'notified' }), action: { type: 'serveNotice', servedOn: '2025-09-02' }, by: judge, code: 'WRONG_STAGE' },
  { name: 'investigation before the notice', before: createTestCase({ stage: 'assigned' }), action: { type: 'startInvestigation' }, by: judge, code: 'WRONG_STAGE' },
  { name: 'disposal before investigation', before: createTestCase({ stage: 'notified' }), action: { type: 'startDisposal', reason: 'x' }, by: judge, code: 'WRONG_STAGE' },
  { name: 'disbursement before investigation', before: createTestCase({ stage: 'notified' }), action: { type: 'startDisbursement' }, by: judge, code: 'WRONG_STAGE' },
  { name: 'performed before the notice', before: createTestCase({ stage: 'assigned' }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-15' }, by: judge, code: 'WRONG_STAGE', zh: /执行完毕/ },
  { name: '终本 before investigation', before: createTestCase({ stage: 'notified' }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-02', checklist: FULL }, by: judge, today: '2025-12-02', code: 'WRONG_STAGE' },
  { name: '终本 while paying out', before: createTestCase({ stage: 'disbursing' }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-02', checklist: FULL }, by: judge, today: '2025-12-02', code: 'WRONG_STAGE' },
  { name: 'withdrawal after disposal started', before: createTestCase({ stage: 'disposing' }), action: { type: 'close', method: 'withdrawn', reason: 'x', on: '2025-10-15' }, by: judge, code: 'WRONG_STAGE' },
  { name: 'withdrawal of a stayed case in disposal', before: createTestCase({ stage: 'disposing', suspension: stayed }), action: { type: 'close', method: 'withdrawn', reason: 'x', on: '2025-10-15' }, by: judge, code: 'WRONG_STAGE' },
  { name: 'rejection during disbursement', before: createTestCase({ stage: 'disbursing' }), action: { type: 'close', method: 'rejected', reason: 'x', on: '2025-10-15' }, by: judge, code: 'WRONG_STAGE' },
  // The act's own fields
  { name: 'blank handler', before: createTestCase(), action: { type: 'assignHandler', handlerId: '  ' }, by: chief, code: 'HANDLER_ID_REQUIRED' },
  { name: 'same handler again', before: createTestCase({ stage: 'investigating' }), action: { type: 'assignHandler', handlerId: 'u-handler' }, by: chief, code: 'HANDLER_UNCHANGED' },
  { name: 'notice date not a date', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-09-31' }, by: judge, code: 'INVALID_DATE', details: { field: 'servedOn' } },
  { name: 'notice served before filing', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-08-31' }, by: judge, code: 'DATE_BEFORE_FILING' },
  { name: 'notice served tomorrow', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-10-16' }, by: judge, code: 'DATE_IN_FUTURE' },
  { name: 'disposal without a reason', before: createTestCase({ stage: 'investigating' }), action: { type: 'startDisposal', reason: ' ' }, by: judge, code: 'REASON_REQUIRED', details: { field: 'reason' } },
  { name: 'termination without the art. 268 ground', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'terminated', reason: '', on: '2025-10-15' }, by: judge, code: 'REASON_REQUIRED' },
  { name: 'closing dated in the future', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-16' }, by: judge, code: 'DATE_IN_FUTURE', details: { field: 'on' } },
  { name: 'closing a stayed case dated before the stay', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'close', method: 'terminated', reason: 'x', on: '2025-10-09' }, by: judge, code: 'DATE_BEFORE_SUSPENSION' },
  { name: '终本 on the 3-month day itself (not yet "more than" 3 months)', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-01', checklist: FULL }, by: judge, today: '2025-12-01', code: 'TERMINATION_FOR_NOW_CONDITIONS_UNMET', details: { missing: ['threeMonthsElapsed'] } },
  { name: '终本 without a checklist names every item', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-02' }, by: judge, today: '2025-12-02', code: 'TERMINATION_FOR_NOW_CONDITIONS_UNMET', details: { missing: ['consumptionRestrictionIssued', 'dishonestListingDecided', 'investigationExhausted', 'applicantInterviewed', 'whereaboutsSearched'] }, zh: /限制消费令.*约谈申请执行人/ },
  { name: '终本 with the interview missing', before: createTestCase({ stage: 'disposing' }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-02', checklist: { ...FULL, applicantInterviewed: false } }, by: judge, today: '2025-12-02', code: 'TERMINATION_FOR_NOW_CONDITIONS_UNMET', details: { missing: ['applicantInterviewed'] }, zh: /终本规定 第五条/ },
  { name: '终本 on an inconsistent case without a served notice', before: createTestCase({ stage: 'investigating', noticeServedOn: null }), action: { type: 'close', method: 'terminationForNow', reason: 'x', on: '2025-12-02', checklist: FULL }, by: judge, today: '2025-12-02', code: 'TERMINATION_FOR_NOW_CONDITIONS_UNMET', details: { missing: ['noticeServed'] } },
  { name: 'not enforced on a judgment without the limitation ground', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'notEnforced', reason: 'x', on: '2025-10-15' }, by: judge, code: 'NOT_ENFORCED_GROUND_MISSING', details: { basisType: 'judgment' } },
  { name: 'stay without a ground', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: '', since: '2025-10-10' }, by: judge, code: 'REASON_REQUIRED', details: { field: 'ground' } },
  { name: 'stay dated before filing', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: 'x', since: '2025-08-01' }, by: judge, code: 'DATE_BEFORE_FILING' },
  { name: 'deferral without an end', before: createTestCase({ stage: 'investigating' }), action: { type: 'defer', ground: 'x', since: '2025-10-10', until: '2025-10-10' }, by: judge, code: 'DEFERRAL_PERIOD_INVALID' },
  { name: 'deferral end not a date', before: createTestCase({ stage: 'investigating' }), action: { type: 'defer', ground: 'x', since: '2025-10-10', until: 'next year' }, by: judge, code: 'DEFERRAL_PERIOD_INVALID' },
  { name: 'deferral longer than one year', before: createTestCase({ stage: 'investigating' }), action: { type: 'defer', ground: 'x', since: '2025-10-10', until: '2026-10-11' }, by: judge, code: 'DEFERRAL_TOO_LONG', details: { latest: '2026-10-10' } },
  { name: 'deferral with a blank ground', before: createTestCase({ stage: 'investigating' }), action: { type: 'defer', ground: ' ', since: '2025-10-10', until: '2025-12-10' }, by: judge, code: 'REASON_REQUIRED' },
  { name: 'resume before the stay began', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'resume', on: '2025-10-09' }, by: judge, code: 'DATE_BEFORE_SUSPENSION' },
  { name: 'resume dated tomorrow', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'resume', on: '2025-10-16' }, by: judge, code: 'DATE_IN_FUTURE' },
  { name: 'extension of 0 months', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 0, reason: 'x', requestedOn: '2026-02-26' }, by: judge, today: '2026-02-26', code: 'INVALID_EXTENSION_MONTHS' },
  { name: 'extension of 1.5 months', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 1.5, reason: 'x', requestedOn: '2026-02-26' }, by: judge, today: '2026-02-26', code: 'INVALID_EXTENSION_MONTHS' },
  { name: 'first extension over 3 months', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 4, reason: 'x', requestedOn: '2026-02-26' }, by: judge, today: '2026-02-26', code: 'EXTENSION_TOO_LONG', details: { max: 3 } },
  { name: 'extension without a reason', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 3, reason: '', requestedOn: '2026-02-26' }, by: judge, today: '2026-02-26', code: 'REASON_REQUIRED' },
  { name: 'extension requested 6 days before the due date', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 3, reason: 'x', requestedOn: '2026-02-24' }, by: judge, today: '2026-02-24', code: 'EXTENSION_REQUEST_OUTSIDE_WINDOW', details: { windowOpens: '2026-02-25', dueDate: '2026-03-02' }, zh: /尚未到申请时间/ },
  { name: 'extension requested after expiry', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 3, reason: 'x', requestedOn: '2026-03-03' }, by: judge, today: '2026-03-03', code: 'EXTENSION_REQUEST_OUTSIDE_WINDOW', zh: /期限已届满/ },
  { name: 'extension request dated in the future', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 3, reason: 'x', requestedOn: '2026-02-27' }, by: judge, today: '2026-02-26', code: 'DATE_IN_FUTURE' },
  { name: 'a second request while one is pending', before: createTestCase({ stage: 'disposing', pendingExtension: pending }), action: { type: 'requestExtension', months: 1, reason: 'x', requestedOn: '2026-02-27' }, by: judge, today: '2026-02-27', code: 'EXTENSION_ALREADY_PENDING' },
  { name: 'approval with nothing pending', before: createTestCase({ stage: 'disposing' }), action: { type: 'approveExtension' }, by: president, code: 'NO_PENDING_EXTENSION' },
  { name: 'approval after the limit expired (审理期限规定 art. 14)', before: createTestCase({ stage: 'disposing', pendingExtension: pending }), action: { type: 'approveExtension' }, by: president, today: '2026-03-03', code: 'EXTENSION_DECISION_TOO_LATE', details: { dueDate: '2026-03-02' } },
  { name: 'refusal with nothing pending', before: createTestCase({ stage: 'disposing' }), action: { type: 'rejectExtension', reason: 'x' }, by: president, code: 'NO_PENDING_EXTENSION' },
  { name: 'refusal without a reason', before: createTestCase({ stage: 'disposing', pendingExtension: pending }), action: { type: 'rejectExtension', reason: '' }, by: president, code: 'REASON_REQUIRED' },
  { name: 'a stay with an unknown ground code', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: '其他', since: '2025-10-10', groundCode: 'courtMood' as never }, by: judge, code: 'UNKNOWN_STAY_GROUND', details: { field: 'groundCode', value: 'courtMood' } },
  { name: 'an unknown closing method', before: createTestCase({ stage: 'investigating' }), action: { type: 'close', method: 'settled' as never, reason: 'x', on: '2025-10-15' }, by: judge, code: 'UNKNOWN_CLOSING_METHOD' },
  { name: 'an unknown action', before: createTestCase({ stage: 'investigating' }), action: { type: 'archive' } as unknown as CaseAction, by: judge, code: 'UNKNOWN_ACTION' },
];

describe('decide: every refusal, with its code', () => {
  for (const r of REFUSALS) {
    it(`${r.name} → ${r.code}`, () => {
      const result = decide(r.before, r.action, r.by, r.today ?? '2025-10-15');
      assert.equal(result.ok, false);
      assert.ok(!result.ok);
      assert.equal(result.error.code, r.code, result.error.messageEn);
      assert.match(result.error.code, /^[A-Z][A-Z_]+$/);
      assert.ok(/\p{Script=Han}/u.test(result.error.messageZh), 'Chinese message first');
      assert.ok(result.error.messageEn.length > 10);
      for (const [k, v] of Object.entries(r.details ?? {})) assert.deepEqual(result.error.details?.[k], v, k);
      if (r.zh) assert.match(result.error.messageZh, r.zh);
    });
  }

  it('an invalid `today` is the caller’s bug and throws', () => {
    assert.throws(() => decide(createTestCase(), { type: 'startInvestigation' }, judge, '2025/10/15'), (e: unknown) => e instanceof DomainError && e.code === 'INVALID_DATE');
  });
});
