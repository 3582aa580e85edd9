import type { FastifyInstance } from 'fastify';
import { listCaseNoticesRoute, publishNoticeRoute, withdrawNoticeRoute } from '@zhixing/contracts';
import { listCaseNotices, publishNotice, withdrawNotice, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';

export function caseNoticesRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  registerRoute(app, publishNoticeRoute, ({ actor, params, body }) => publishNotice(ctx, actor, params.id, body));
  registerRoute(app, withdrawNoticeRoute, ({ actor, params, body }) => withdrawNotice(ctx, actor, params.id, params.noticeId, body.reason));
  registerRoute(app, listCaseNoticesRoute, ({ actor, params }) => listCaseNotices(ctx, actor, params.id));
}
