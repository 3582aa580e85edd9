/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SessionUser } from './session-context.js';
import { canAdminister, canDecideCorrections, canEndCredit, canFileCorrections, canManageAgencies, canOpenCredit, canProposeCredit, canSeeCases, canSeeCorrections, canSeeCredit, canSignCredit, canVerifyAudit, homePath, mayOpen } from './permissions.js';

const as = (role: SessionUser['role']): SessionUser => ({
  id: '00000000-0000-4000-8000-000000000000',
  username: role,
  displayName: role,
  role,
  court: { id: '2102', code: '辽02', name: '大连市中级人民法院', nameEn: 'Dalian Intermediate People’s Court', level: 'intermediate' },
});

describe('where each role may go', () => {
  it('sends the administrator to 系统管理, everyone else to the case list', () => {
    assert.equal(homePath(as('admin')), '/admin/users');
    for (const role of ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const) assert.equal(homePath(as(role)), '/cases');
  });

  it('keeps the administrator out of cases and everyone else out of administration', () => {
    assert.ok(!canSeeCases(as('admin')) && canAdminister(as('admin')));
    assert.ok(!mayOpen(as('admin'), '/cases') && !mayOpen(as('admin'), '/cases/abc?x=1') && mayOpen(as('admin'), '/admin/calendar'));
    assert.ok(mayOpen(as('clerk'), '/cases/new') && !mayOpen(as('clerk'), '/admin/users') && !mayOpen(as('clerk'), '/warnings'));
    assert.ok(mayOpen(as('clerk'), '/calculators') && mayOpen(as('admin'), '/calculators'));
    // A path that only starts like a guarded one is not mistaken for it.
    assert.ok(mayOpen(as('admin'), '/casesx'));
  });

  it('lets the administrator and those who supervise a court run the audit check', () => {
    assert.deepEqual(
      (['admin', 'judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const).filter((r) => canVerifyAudit(as(r))),
      ['admin', 'bureau_chief', 'president', 'city_supervisor'],
    );
    assert.ok(mayOpen(as('president'), '/audit') && !mayOpen(as('judge'), '/audit'));
  });

  it('lets handlers propose credit measures, the president sign them, and keeps the list overview from clerks and the administrator', () => {
    const roles = ['admin', 'judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const;
    const who = (can: (u: SessionUser) => boolean) => roles.filter((r) => can(as(r)));
    assert.deepEqual(who(canSeeCredit), ['judge', 'officer', 'bureau_chief', 'president', 'city_supervisor']);
    assert.deepEqual(who(canProposeCredit), ['judge', 'officer']);
    assert.deepEqual(who(canSignCredit), ['president']);
    assert.deepEqual(who(canEndCredit), ['judge', 'officer', 'president']);
    assert.deepEqual(who(canManageAgencies), ['admin']);
    assert.ok(mayOpen(as('city_supervisor'), '/credit') && mayOpen(as('judge'), '/credit?tab=published'));
    assert.ok(!mayOpen(as('admin'), '/credit'));
    assert.ok(mayOpen(as('admin'), '/admin/agencies') && !mayOpen(as('president'), '/admin/agencies'));
  });

  it('opens 信用惩戒 to a clerk for the corrections queue only: registering, not deciding', () => {
    const roles = ['admin', 'judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const;
    const who = (can: (u: SessionUser) => boolean) => roles.filter((r) => can(as(r)));
    assert.deepEqual(who(canOpenCredit), ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor']);
    assert.ok(canSeeCorrections(as('clerk')) && canFileCorrections(as('clerk')));
    assert.ok(!canSeeCredit(as('clerk')) && !canDecideCorrections(as('clerk')));
    assert.ok(mayOpen(as('clerk'), '/credit') && mayOpen(as('clerk'), '/credit?tab=corrections'));
  });
});
