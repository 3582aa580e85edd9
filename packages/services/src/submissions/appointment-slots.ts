/** The affairs hall's free appointment slots of a court, and the courts one may choose (issue 5). */
import { AppError } from '@zhixing/contracts';
import { countTakenSeats, findCourt, listCourts } from '@zhixing/db';
import { SLOT_SEATS, appointmentSlots } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { today } from '../today.js';

export async function listAppointmentSlots(ctx: ServiceContext, courtId: string): Promise<{ courtId: string; slots: Array<{ slot: string; free: number }> }> {
  const { db } = ctx.database;
  if (!(await findCourt(db, courtId))) throw new AppError('NOT_FOUND');
  const slots = appointmentSlots(await ctx.calendar(), today(ctx.clock));
  const taken = await countTakenSeats(db, courtId, slots);
  return { courtId, slots: slots.map((slot) => ({ slot, free: Math.max(0, SLOT_SEATS - (taken.get(slot) ?? 0)) })) };
}

export async function listPublicCourts(ctx: ServiceContext): Promise<{ courts: Array<{ id: string; name: string; nameEn: string; level: 'basic' | 'intermediate' | 'high' }> }> {
  const courts = await listCourts(ctx.database.db);
  return { courts: courts.map((c) => ({ id: c.id, name: c.name, nameEn: c.name_en, level: c.level })) };
}
