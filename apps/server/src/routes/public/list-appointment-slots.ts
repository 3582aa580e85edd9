import type { FastifyInstance } from 'fastify';
import { listAppointmentSlotsRoute } from '@zhixing/contracts';
import { listAppointmentSlots, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function listAppointmentSlotsRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, listAppointmentSlotsRoute, ({ params }) => listAppointmentSlots(ctx, params.courtId));
}
