import type { FastifyInstance } from 'fastify';
import { liftSubjectRoute } from '@zhixing/contracts';
import { liftSubject, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function liftSubjectRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, liftSubjectRoute, ({ actor, params, body }) => liftSubject(ctx, actor, params.id, params.subjectId, body));
}
