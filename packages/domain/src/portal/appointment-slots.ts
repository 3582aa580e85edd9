/**
 * Appointment slots in the enforcement affairs hall (约见法官, issue 5): half-hour slots on working
 * days (the court's calendar with holidays and make-up days), from the next working day on, for
 * the next ten working days, mornings 09:00–11:30 and afternoons 14:30–17:00 (China time), a few
 * seats each — a hall has several reception desks.
 */
import type { WorkingDayCalendar } from '../calendar/index.js';
import { addDays, type CivilDate } from '../civil-date.js';

export const SLOT_TIMES = ['09:00', '09:30', '10:00', '10:30', '11:00', '14:30', '15:00', '15:30', '16:00', '16:30'] as const;
export const SLOT_SEATS = 2;
export const SLOT_DAYS_AHEAD = 10;

/** A slot is named by its day and start time: `2026-03-03T09:30`. */
export type SlotId = string;

export const slotId = (date: CivilDate, time: string): SlotId => `${date}T${time}`;

/** The bookable slots seen on `today`: every slot of the next ten working days after it. */
export function appointmentSlots(calendar: WorkingDayCalendar, today: CivilDate): SlotId[] {
  const slots: SlotId[] = [];
  let date = today;
  let days = 0;
  while (days < SLOT_DAYS_AHEAD) {
    date = addDays(date, 1);
    if (!calendar.isWorkday(date)) continue;
    days += 1;
    for (const time of SLOT_TIMES) slots.push(slotId(date, time));
  }
  return slots;
}

/** The day of a slot, or null when `id` is not a bookable slot on `today`. */
export function bookableSlotDate(calendar: WorkingDayCalendar, today: CivilDate, id: string): CivilDate | null {
  return appointmentSlots(calendar, today).includes(id) ? id.slice(0, 10) : null;
}
