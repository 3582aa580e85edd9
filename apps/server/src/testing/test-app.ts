import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '@zhixing/services';
import { createTestContext, type TestContext } from '@zhixing/services/testing';
import { buildApp } from '../build-app.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp extends TestContext {
  app: FastifyInstance;
  /** A session of the demo user (cached); `fresh` logs in anew and keeps it to the caller (e.g. to log out). */
  login(username: string, options?: { fresh?: boolean }): Promise<Session>;
  call(session: Session | null, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
  /** A request to `/api/agency/v1` with an agency's bearer key. */
  agencyCall(key: string | null, method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

export async function createTestApp(now?: string): Promise<TestApp> {
  const t = await createTestContext(now);
  const app = await buildApp({ ctx: t.ctx, webDir: null, logger: process.env.ZX_TEST_LOG === '1', loginRateLimit: 10_000 });
  const sessions = new Map<string, Session>();
  const call: TestApp['call'] = (session, method, url, body) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  const agencyCall: TestApp['agencyCall'] = (key, method, url, body) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return {
    ...t,
    app,
    call,
    agencyCall,
    async login(username, options = {}) {
      const cached = options.fresh ? undefined : sessions.get(username);
      if (cached) return cached;
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const setCookie = res.headers['set-cookie'];
      const raw = Array.isArray(setCookie) ? setCookie[0]! : setCookie!;
      const session = { cookie: raw.split(';')[0]!, csrf: res.json<{ csrfToken: string }>().csrfToken };
      if (!options.fresh) sessions.set(username, session);
      return session;
    },
    async close() {
      await app.close();
      await t.close();
    },
  };
}
