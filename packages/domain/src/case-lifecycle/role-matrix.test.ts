import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES } from '../roles.js';
import { decide } from './decide.js';
import { allowedActions } from './allowed-actions.js';
import type { CaseAction } from './case-action.js';
import type { CaseSnapshot } from './case-snapshot.js';
import { actor, createTestCase } from './case-fixtures.js';

/**
 * Who may take each act (Y) when everything else is in order, with the actor being the case's
 * handler. Roles in the order of ROLES: admin, judge, officer, clerk, bureau_chief, president,
 * city_supervisor.
 */
const MATRIX: Array<{ name: string; before: CaseSnapshot; action: CaseAction; today: string; who: string }> = [
  { name: 'assign the first handler', before: createTestCase(), action: { type: 'assignHandler', handlerId: 'u-new' }, today: '2025-09-02', who: 'NYNNYYN' },
  { name: 'reassign', before: createTestCase({ stage: 'investigating' }), action: { type: 'assignHandler', handlerId: 'u-new' }, today: '2025-10-15', who: 'NNNNYYN' },
  { name: 'serve the notice', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-09-05' }, today: '2025-09-05', who: 'NYYYNNN' },
  { name: 'start investigation', before: createTestCase({ stage: 'notified' }), action: { type: 'startInvestigation' }, today: '2025-09-06', who: 'NYYNYYN' },
  { name: 'start disposal', before: createTestCase({ stage: 'investigating' }), action: { type: 'startDisposal', reason: '拍卖' }, today: '2025-10-15', who: 'NYYNYYN' },
  { name: 'start disbursement', before: createTestCase({ stage: 'disposing' }), action: { type: 'startDisbursement' }, today: '2025-10-15', who: 'NYYNYYN' },
  { name: 'close', before: createTestCase({ stage: 'disbursing' }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-15' }, today: '2025-10-15', who: 'NYNNYYN' },
  { name: 'stay', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: '中止事由', since: '2025-10-15' }, today: '2025-10-15', who: 'NYNNYYN' },
  { name: 'defer', before: createTestCase({ stage: 'investigating' }), action: { type: 'defer', ground: '担保', since: '2025-10-15', until: '2026-01-15' }, today: '2025-10-15', who: 'NYNNYYN' },
  { name: 'resume', before: createTestCase({ stage: 'investigating', suspension: { kind: 'stay', since: '2025-10-01', ground: 'x' } }), action: { type: 'resume', on: '2025-10-15' }, today: '2025-10-15', who: 'NYNNYYN' },
  { name: 'request an extension', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 3, reason: '拍卖中', requestedOn: '2026-02-27' }, today: '2026-02-27', who: 'NYYNYNN' },
  { name: 'approve an extension', before: createTestCase({ stage: 'disposing', pendingExtension: { months: 3, requestedOn: '2026-02-27', reason: 'x' } }), action: { type: 'approveExtension' }, today: '2026-02-28', who: 'NNNNNYN' },
  { name: 'refuse an extension', before: createTestCase({ stage: 'disposing', pendingExtension: { months: 3, requestedOn: '2026-02-27', reason: 'x' } }), action: { type: 'rejectExtension', reason: '不符合条件' }, today: '2026-02-28', who: 'NNNNNYN' },
];

describe('role × action', () => {
  for (const row of MATRIX) {
    ROLES.forEach((role, i) => {
      const allowed = row.who[i] === 'Y';
      it(`${row.name}: ${role} ${allowed ? 'may' : 'may not'}`, () => {
        const result = decide(row.before, row.action, actor(role), row.today);
        if (allowed) {
          assert.ok(result.ok, result.ok ? '' : result.error.messageEn);
        } else {
          assert.ok(!result.ok);
          assert.equal(result.error.code, 'ROLE_NOT_ALLOWED');
        }
        const offered = allowedActions(row.before, actor(role), row.today).find((a) => a.type === row.action.type);
        assert.equal(offered?.allowed, allowed);
      });
    });
  }
});
