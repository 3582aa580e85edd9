/**
 * `buildApp(config)` returns the Fastify instance without listening (Fastify testing guide):
 * tests use `app.inject()`, `start-server.ts` listens.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { CreditRuntime, ephemeralSigningKey, type CreditRuntimeOptions, type ServiceContext, type Signer } from '@zhixing/services';
import { registerAgencyAuth } from './plugins/agency-auth.js';
import { registerPartyAuth } from './plugins/party-auth.js';
import { registerErrorHandler, sendError } from './plugins/error-handler.js';
import { registerSession } from './plugins/session.js';
import { registerAgencyApiRoutes, registerAllRoutes } from './routes/index.js';
import { createCheckListener, type CheckListener } from './agency-check-listener.js';
import { installCheckFront, type CheckFront } from './agency-check-front.js';
import { createCheckAnswerer } from './check-answer.js';

export interface AppConfig {
  ctx: ServiceContext;
  /** Built console (dist/web); served at `/` with SPA fallback when present. */
  webDir?: string | null;
  logger?: boolean;
  secureCookies?: boolean;
  version?: string;
  /** Login attempts per client per minute (brute-force brake on top of the account lockout). */
  loginRateLimit?: number;
  /** Public dishonest-list searches per client per minute. */
  publicSearchRateLimit?: number;
  /** Options of the credit-check runtime this app starts (and stops on close). */
  credit?: CreditRuntimeOptions;
  /** The installation's key for signing requests to institutions (ADR 0009); a throwaway one if absent. */
  assistSigner?: Signer;
}

declare module 'fastify' {
  interface FastifyInstance {
    assistSigner: Signer;
    /** The single check's own listener (agency-check-listener.ts); its counts show how it served. */
    checkListener: CheckListener;
    /** The single check's front on the connection (agency-check-front.ts); its counts show how it served. */
    checkFront: CheckFront;
  }
}

export async function buildApp(config: AppConfig): Promise<FastifyInstance> {
  // A connection is read by the single check's front first, and a request by its listener (ADR 0005,
  // "The hot route"); both are started below, once the credit runtime is up, and take nothing until
  // then. The server gets the timeouts Fastify gives a server it makes itself (its defaults;
  // fastify/lib/server.js).
  let checkListener: CheckListener | null = null;
  let front: ReturnType<typeof installCheckFront> | null = null;
  const app = Fastify({
    serverFactory: (handler) => {
      const server = createServer((req: IncomingMessage, res: ServerResponse) => {
        if (!checkListener?.take(req, res)) handler(req, res);
      });
      front = installCheckFront(server);
      server.keepAliveTimeout = 72_000;
      server.requestTimeout = 0;
      server.setTimeout(0);
      return server;
    },
    logger: config.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'req.headers.authorization'] } : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Zhixing 执行 API',
        version: config.version ?? '0.1.0',
        license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
        description: 'Enforcement case platform. Errors: `{ code, message, messageZh, messageEn, details?, requestId }` — see docs/errors.md.',
      },
      servers: [{ url: '/' }],
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zx_session' }, agencyKey: { type: 'http', scheme: 'bearer', description: 'Agency API key `zxa_…` (/api/agency/v1)' }, partySession: { type: 'http', scheme: 'bearer', description: 'Party token `zxp_…` from POST /api/public/v1/party-sessions (30 minutes)' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // The credit-check index of this process: loaded before the first request, kept current from
  // the change feed, stopped (and its check log flushed) when the app closes.
  const credit = new CreditRuntime(config.ctx, config.credit);
  await credit.start();
  app.addHook('onClose', () => credit.stop());
  registerAgencyAuth(app, credit);
  const answerer = createCheckAnswerer(app, config.ctx);
  checkListener = createCheckListener(app, answerer);
  app.decorate('checkListener', checkListener);
  front!.start(app, answerer);
  app.decorate('checkFront', front!.front);
  registerPartyAuth(app, config.ctx);
  app.decorate('assistSigner', config.assistSigner ?? ephemeralSigningKey());
  // Two contexts (Fastify encapsulation): the agency API, whose callers present keys or
  // signatures, without the cookie parser and the session hook, so the hot check route runs no hook
  // it has no use for (ADR 0005); the console's and the portal's routes with both.
  await app.register((agencyApi) => {
    registerAgencyApiRoutes(agencyApi, config.ctx);
    return Promise.resolve();
  });
  await app.register(async (consoleAndPortal) => {
    await consoleAndPortal.register(cookie);
    registerSession(consoleAndPortal, config.ctx);
    registerAllRoutes(consoleAndPortal, config.ctx, {
      secureCookies: config.secureCookies ?? false,
      version: config.version ?? '0.1.0',
      loginRateLimit: config.loginRateLimit ?? 30,
      publicSearchRateLimit: config.publicSearchRateLimit ?? 30,
    });
  });

  const webDir = config.webDir && existsSync(config.webDir) ? config.webDir : null;
  if (webDir) await app.register(fastifyStatic, { root: webDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (webDir && request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile(/^\/portal(?:[/?#]|$)/.test(request.url) ? 'portal.html' : 'index.html');
    return sendError(request, reply, 'NOT_FOUND', undefined, undefined, { method: request.method, url: request.url.split('?')[0] });
  });
  return app;
}
