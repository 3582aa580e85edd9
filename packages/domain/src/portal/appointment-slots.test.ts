import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from '../calendar/index.js';
import { appointmentSlots, bookableSlotDate, SLOT_TIMES } from './appointment-slots.js';

const calendar = createCalendar();

describe('affairs hall appointment slots', () => {
  it('offers ten working days after today, skipping the holiday and keeping the make-up Saturday', () => {
    const slots = appointmentSlots(calendar, '2026-09-30');
    assert.equal(slots.length, 10 * SLOT_TIMES.length);
    assert.equal(slots[0], '2026-10-08T09:00');
    const days = [...new Set(slots.map((s) => s.slice(0, 10)))];
    assert.deepEqual(days, ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16', '2026-10-19', '2026-10-20']);
  });
  it('books only a slot on offer today', () => {
    assert.equal(bookableSlotDate(calendar, '2026-09-30', '2026-10-09T14:30'), '2026-10-09');
    assert.equal(bookableSlotDate(calendar, '2026-09-30', '2026-10-03T09:00'), null);
    assert.equal(bookableSlotDate(calendar, '2026-09-30', '2026-10-09T12:00'), null);
    assert.equal(bookableSlotDate(calendar, '2026-09-30', '2026-09-30T09:00'), null);
    assert.equal(bookableSlotDate(calendar, '2026-09-30', '2026-10-21T09:00'), null);
  });
});
