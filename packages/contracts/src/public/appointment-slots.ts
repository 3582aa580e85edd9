import { z } from 'zod';
import { defineRoute } from '../route.js';

export const zPublicCourt = z.object({ id: z.string(), name: z.string(), nameEn: z.string(), level: z.enum(['basic', 'intermediate', 'high']) });

export const listPublicCourtsRoute = defineRoute({
  operationId: 'listPublicCourts',
  method: 'GET',
  path: '/api/public/v1/courts',
  summary: 'The courts of the city, for choosing where to file, complain or book',
  tags: ['public'],
  access: 'public',
  response: { 200: z.object({ courts: z.array(zPublicCourt) }).meta({ id: 'PublicCourts' }) },
});

export const zAppointmentSlots = z
  .object({
    courtId: z.string(),
    /** The next ten working days' half-hour slots, each with the seats still free. */
    slots: z.array(z.object({ slot: z.string().meta({ example: '2026-03-03T09:30' }), free: z.number().int().nonnegative() })),
  })
  .meta({ id: 'AppointmentSlots' });

export const listAppointmentSlotsRoute = defineRoute({
  operationId: 'listAppointmentSlots',
  method: 'GET',
  path: '/api/public/v1/courts/:courtId/appointment-slots',
  summary: 'Free appointment slots in a court\'s enforcement affairs hall (约见法官)',
  tags: ['public'],
  access: 'public',
  params: z.object({ courtId: z.string().min(1).max(40) }),
  response: { 200: zAppointmentSlots },
});
