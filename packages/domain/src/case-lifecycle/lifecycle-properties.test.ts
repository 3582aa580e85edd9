import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, compareCivil, diffDays, fromDayNumber, toDayNumber } from '../civil-date.js';
import { ROLES } from '../roles.js';
import { createCalendar } from '../calendar/index.js';
import { decide } from './decide.js';
import { allowedActions } from './allowed-actions.js';
import { closingDeadline } from './closing-deadline.js';
import { computeCaseDeadlines } from './case-deadlines.js';
import { BASIS_TYPES } from './basis-types.js';
import { CASE_STAGES, OPEN_STAGES } from './case-stages.js';
import { CLOSING_METHODS } from './closing-methods.js';
import type { CaseAction } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';
import { COURT, HANDLER, OTHER_COURT } from './case-fixtures.js';

const cal = createCalendar();

const filedArb = fc.integer({ min: toDayNumber('2025-01-01'), max: toDayNumber('2026-06-30') }).map(fromDayNumber);
const text = fc.constantFrom('', ' ', '申请人表示可以延期执行', '拍卖中');

const suspensionArb = (filedOn: string) =>
  fc.oneof(
    fc.integer({ min: 0, max: 200 }).map((k) => ({ kind: 'stay' as const, since: addDays(filedOn, k), ground: 'x' })),
    fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 365 })).map(([k, n]) => ({ kind: 'deferral' as const, since: addDays(filedOn, k), until: addDays(filedOn, k + n), ground: 'x' })),
  );

/** Mostly consistent cases (handler once assigned, notice once notified), sometimes not. */
const snapshotArb: fc.Arbitrary<CaseSnapshot> = filedArb.chain((filedOn) =>
  fc
    .record({
      stage: fc.constantFrom(...CASE_STAGES.filter((st) => st !== 'closed')),
      consistent: fc.integer({ min: 0, max: 99 }).map((n) => n < 85),
      otherHandler: fc.constantFrom(HANDLER, null, 'u-other'),
      basisType: fc.constantFrom(...BASIS_TYPES),
      nonLitigation: fc.boolean(),
      noticeLag: fc.integer({ min: 0, max: 20 }),
      suspension: fc.option(suspensionArb(filedOn), { freq: 3 }),
      excludedDays: fc.integer({ min: 0, max: 120 }),
      extensionMonths: fc.constantFrom(0, 0, 3, 6),
      pendingExtension: fc.option(fc.record({ months: fc.integer({ min: 1, max: 4 }), requestedOn: fc.constant(addDays(filedOn, 170)), reason: fc.constant('x') }), { freq: 3 }),
    })
    .map(({ stage, consistent, otherHandler, noticeLag, ...rest }): CaseSnapshot => {
      const index = CASE_STAGES.indexOf(stage);
      return {
        ...rest,
        stage,
        courtId: COURT,
        filedOn,
        handlerId: consistent ? (index >= 1 ? HANDLER : null) : otherHandler,
        noticeServedOn: (consistent ? index >= 2 : noticeLag % 2 === 0) ? addDays(filedOn, noticeLag) : null,
        closingMethod: null,
        closedOn: null,
      };
    }),
);

const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Actor>({ userId: HANDLER, role: 'judge', courtId: COURT }, { userId: HANDLER, role: 'officer', courtId: COURT }) },
  { weight: 2, arbitrary: fc.constantFrom<Actor>({ userId: 'u-boss', role: 'president', courtId: COURT }, { userId: 'u-chief', role: 'bureau_chief', courtId: COURT }, { userId: 'u-clerk', role: 'clerk', courtId: COURT }) },
  { weight: 1, arbitrary: fc.record({ userId: fc.constantFrom(HANDLER, 'u-other'), role: fc.constantFrom(...ROLES), courtId: fc.constantFrom(COURT, OTHER_COURT) }) },
);

/** Any act, with its dates drawn around `filedOn` … `today`. */
function actionArb(filedOn: string, today: string): fc.Arbitrary<CaseAction> {
  const span = diffDays(filedOn, today);
  const date = fc.integer({ min: -3, max: span + 3 }).map((k) => addDays(filedOn, k));
  return fc.oneof(
    fc.record({ type: fc.constant('assignHandler' as const), handlerId: fc.constantFrom(HANDLER, 'u-new', '') }),
    fc.record({ type: fc.constant('serveNotice' as const), servedOn: date }),
    fc.constant({ type: 'startInvestigation' as const }),
    fc.record({ type: fc.constant('startDisposal' as const), reason: text }),
    fc.constant({ type: 'startDisbursement' as const }),
    fc.record({
      type: fc.constant('close' as const),
      method: fc.constantFrom(...CLOSING_METHODS),
      reason: text,
      on: date,
      checklist: fc.record({ consumptionRestrictionIssued: fc.boolean(), dishonestListingDecided: fc.boolean(), investigationExhausted: fc.boolean(), applicantInterviewed: fc.boolean(), whereaboutsSearched: fc.boolean() }),
    }),
    fc.record({ type: fc.constant('stay' as const), ground: text, since: date }),
    fc.record({ type: fc.constant('defer' as const), ground: text, since: date, until: fc.integer({ min: -5, max: 400 }).map((k) => addDays(today, k)) }),
    fc.record({ type: fc.constant('resume' as const), on: date }),
    fc.record({ type: fc.constant('requestExtension' as const), months: fc.integer({ min: 0, max: 5 }), reason: text, requestedOn: date }),
    fc.constant({ type: 'approveExtension' as const }),
    fc.record({ type: fc.constant('rejectExtension' as const), reason: text }),
  );
}

const scenarioArb = snapshotArb.chain((snapshot) =>
  fc.integer({ min: 0, max: 420 }).chain((k) => {
    const today = addDays(snapshot.filedOn, k);
    return fc.record({ snapshot: fc.constant(snapshot), today: fc.constant(today), actor: actorArb, action: actionArb(snapshot.filedOn, today) });
  }),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('lifecycle properties', () => {
  it('decide never mutates its input (and never throws on a valid today)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ snapshot, today, actor, action }) => {
        // JSON, not structuredClone: fast-check builds records with a null prototype.
        const before = JSON.stringify({ snapshot, action, actor });
        decide(deepFreeze(snapshot), deepFreeze(action), deepFreeze(actor), today);
        assert.equal(JSON.stringify({ snapshot, action, actor }), before);
      }),
      { numRuns: 500 },
    );
  });

  it('allowedActions agrees with decide (acts dated today)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ snapshot, today, actor, action }) => {
        const dated = { ...action, ...('on' in action ? { on: today } : {}), ...('servedOn' in action ? { servedOn: today } : {}), ...('since' in action ? { since: today } : {}), ...('requestedOn' in action ? { requestedOn: today } : {}) } as CaseAction;
        const offered = allowedActions(snapshot, actor, today).find((a) => a.type === dated.type)!;
        const result = decide(snapshot, dated, actor, today);
        if (result.ok) assert.equal(offered.allowed, true, `${dated.type} decided ok but not offered: ${offered.reason?.code}`);
        if (!offered.allowed && dated.type !== 'requestExtension') assert.equal(result.ok ? 'ok' : result.error.code, offered.reason!.code);
      }),
      { numRuns: 500 },
    );
  });

  it('a successful decision keeps the case consistent', () => {
    let successes = 0;
    fc.assert(
      fc.property(scenarioArb, ({ snapshot, today, actor, action }) => {
        const result = decide(snapshot, action, actor, today);
        if (!result.ok) return;
        successes += 1;
        const next = result.value.next;
        const closed = next.stage === 'closed';
        assert.equal(closed, next.closingMethod !== null);
        assert.equal(closed, next.closedOn !== null);
        if (closed) assert.deepEqual([next.suspension, next.pendingExtension], [null, null]);
        assert.ok(next.excludedDays >= snapshot.excludedDays);
        assert.ok(next.extensionMonths >= snapshot.extensionMonths);
        assert.ok(OPEN_STAGES.indexOf(next.stage as never) >= OPEN_STAGES.indexOf(snapshot.stage as never) || closed);
        assert.ok(result.value.legalBasis.length > 0);
      }),
      { numRuns: 2000 },
    );
    // Guard against a vacuous property: enough random acts must actually succeed.
    assert.ok(successes >= 40, `only ${successes} successful decisions`);
  });

  it('the closing due date never moves earlier after a resume or an approved extension', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 0, max: 200 }), ({ snapshot, today }, resumeLag) => {
        const s: CaseSnapshot = { ...snapshot, stage: 'investigating', handlerId: HANDLER };
        const president: Actor = { userId: 'u-p', role: 'president', courtId: COURT };
        const handler: Actor = { userId: HANDLER, role: 'judge', courtId: COURT };
        if (s.suspension !== null) {
          const on = addDays(s.suspension.since, resumeLag);
          if (compareCivil(on, today) > 0) return;
          const withoutStay = closingDeadline(cal, { ...s, suspension: null }, today).dueDate;
          const r = decide(s, { type: 'resume', on }, handler, today);
          assert.ok(r.ok);
          assert.ok(compareCivil(closingDeadline(cal, r.value.next, today).dueDate, withoutStay) >= 0);
          // Resuming today leaves the due date shown during the stay where it was.
          if (on === today) assert.equal(closingDeadline(cal, r.value.next, today).dueDate, closingDeadline(cal, s, today).dueDate);
        } else if (s.pendingExtension !== null) {
          const before = closingDeadline(cal, s, today).dueDate;
          const r = decide(s, { type: 'approveExtension' }, president, today);
          if (!r.ok) return assert.equal(r.error.code, 'EXTENSION_DECISION_TOO_LATE');
          assert.ok(compareCivil(closingDeadline(cal, r.value.next, today).dueDate, before) > 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('computeCaseDeadlines: overdue exactly when open, not done, not paused and past due', () => {
    fc.assert(
      fc.property(scenarioArb, ({ snapshot, today }) => {
        const d = computeCaseDeadlines(cal, snapshot, today);
        for (const n of [d.assignment, d.notice, d.closing]) {
          const expected = !n.done && snapshot.stage !== 'closed' && n.paused !== true && compareCivil(today, n.dueDate) > 0;
          assert.equal(n.overdue, expected, n.node);
          assert.ok(cal.isWorkday(n.dueDate), `${n.node} due ${n.dueDate} is a working day`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
