import type { FastifyInstance } from 'fastify';
import { loginRoute } from '@zhixing/contracts';
import { login, type ServiceContext } from '@zhixing/services';
import { registerRoute } from '../../register-route.js';
import { SESSION_COOKIE } from '../../plugins/session.js';

export function loginRoutes(app: FastifyInstance, ctx: ServiceContext, opts: { secureCookies: boolean; loginRateLimit: number }): void {
  registerRoute(app, loginRoute, async ({ body, reply }) => {
    const result = await login(ctx, body);
    void reply.setCookie(SESSION_COOKIE, result.sessionToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: opts.secureCookies,
      path: '/',
      expires: result.expiresAt,
    });
    return result.me;
  }, { rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } });
}
