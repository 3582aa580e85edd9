import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ACTION_HANDLERS } from './action-handlers.js';
import type { ActionContext } from './action-context.js';
import type { CaseAction } from './case-action.js';
import { decide } from './decide.js';
import { createCalendar } from '../calendar/index.js';
import { actor, createTestCase } from './case-fixtures.js';

// Each handler's `apply` re-checks what `decide` already guaranteed, so it is safe on its own.
const ctx = (overrides: Partial<ActionContext> = {}): ActionContext => ({
  snapshot: createTestCase({ stage: 'investigating' }),
  actor: actor('president', 'u-p'),
  today: '2025-10-15',
  calendar: createCalendar(),
  ...overrides,
});

describe('action handlers used directly', () => {
  it('resume.apply without a suspension refuses', () => {
    const r = ACTION_HANDLERS.resume.apply(ctx(), { type: 'resume', on: '2025-10-15' });
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'NOT_SUSPENDED');
  });
  it('approveExtension.apply and rejectExtension.apply without a request refuse', () => {
    const a = ACTION_HANDLERS.approveExtension.apply(ctx(), { type: 'approveExtension' });
    const r = ACTION_HANDLERS.rejectExtension.apply(ctx(), { type: 'rejectExtension', reason: 'x' });
    assert.ok(!a.ok && !r.ok);
    assert.equal(a.error.code, 'NO_PENDING_EXTENSION');
    assert.equal(r.error.code, 'NO_PENDING_EXTENSION');
  });
});

describe('untyped input reaching decide', () => {
  it('a missing handler id is refused, not crashed on', () => {
    const r = decide(createTestCase(), { type: 'assignHandler' } as unknown as CaseAction, actor('bureau_chief', 'u-c'), '2025-09-02');
    assert.ok(!r.ok);
    assert.equal(r.error.code, 'HANDLER_ID_REQUIRED');
  });
  it('a missing reason on a performance closing is treated as none', () => {
    const r = decide(createTestCase({ stage: 'disbursing' }), { type: 'close', method: 'performed', on: '2025-10-15' } as unknown as CaseAction, actor('judge'), '2025-10-15');
    assert.ok(r.ok);
    assert.equal(r.value.summaryEn, 'Closed on 2025-10-15 as "Performed in full"');
  });
  it('reassigning a running case that lost its handler says so', () => {
    const r = decide(createTestCase({ stage: 'investigating', handlerId: null }), { type: 'assignHandler', handlerId: 'u-x' }, actor('bureau_chief', 'u-c'), '2025-10-15');
    assert.ok(r.ok);
    assert.equal(r.value.summaryZh, '变更承办人：无 → u-x');
  });
});
