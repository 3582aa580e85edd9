/** A staff user's session on the API, for preparing a test's state the way the console would (cookie + CSRF header). */
import { DEMO_PASSWORD } from './browser.js';

export interface ApiSession {
  /** A JSON call; a status other than 2xx throws with the server's answer, unless `expect` names it. */
  call<T = unknown>(method: 'GET' | 'POST', path: string, body?: unknown, expect?: number): Promise<T>;
}

export async function apiSession(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`login as ${username}: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async call<T>(method: 'GET' | 'POST', path: string, body?: unknown, expect?: number): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      if (expect !== undefined ? response.status !== expect : !response.ok) throw new Error(`${method} ${path} as ${username}: HTTP ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}
