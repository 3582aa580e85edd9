/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { auditRows } from './audit-rows.js';

const court = (id: string, code: string) => ({ id, code, name: `法院${id}`, nameEn: `Court ${id}`, level: 'basic' as const, parentId: '2102' });
const report = (courtId: string, valid: boolean, events = 3) => ({
  courtId,
  events,
  valid,
  firstBroken: valid ? null : { seq: 2, eventId: 7, reason: 'hashMismatch' as const },
  headHash: valid ? 'ab'.repeat(32) : null,
});

describe('audit rows', () => {
  it('gives every visible court a row, in order, with no report for a court without events', () => {
    const rows = auditRows([report('210202', true)], [court('2102', '辽02'), court('210202', '辽0202'), court('210203', '辽0203')]);
    assert.deepEqual(rows.map((r) => [r.courtId, r.report?.valid ?? null]), [['2102', null], ['210202', true], ['210203', null]]);
    assert.equal(rows[1]!.code, '辽0202');
  });

  it('puts broken chains first and keeps reports of courts the list does not know', () => {
    const rows = auditRows([report('210202', true), report('210203', false), report('999', true)], [court('210202', '辽0202'), court('210203', '辽0203')]);
    assert.deepEqual(rows.map((r) => r.courtId), ['210203', '210202', '999']);
    assert.equal(rows[2]!.name, '999');
  });
});
