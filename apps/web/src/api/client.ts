import type { ErrorBody, FieldIssue as ContractFieldIssue } from '@zhixing/contracts';

/**
 * The one way the console talks to the server: same-origin fetch with the session cookie, the
 * CSRF header on state-changing requests, the chosen language, and one error type.
 */

/** One issue of a VALIDATION_FAILED answer: where it is, which field, and the message in the UI's language. */
export interface FieldIssue {
  /** `body`, `querystring` or `params`; only body issues can belong to a form field. */
  readonly in: FieldIssueLocation;
  /** The field's path inside `in` (no location prefix), e.g. ['debtors', '0', 'idNumber']. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type FieldIssueLocation = ContractFieldIssue['in'];

/** One legal reason a rule refused an act (`details.problems` of a RULE_VIOLATION), in both languages. */
export interface RuleProblem {
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly body: ErrorBody | null;

  constructor(status: number, body: ErrorBody | null) {
    super(body?.messageEn ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body?.code ?? (this.status === 0 ? 'NETWORK' : 'UNKNOWN');
  }

  /** `details.issues` of a VALIDATION_FAILED answer, each naming the field it is about, in the UI's language. */
  get issues(): FieldIssue[] {
    const raw = this.body?.details?.['issues'];
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item: unknown): FieldIssue[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { in: where, path, messageZh, messageEn } = item as { in?: unknown; path?: unknown; messageZh?: unknown; messageEn?: unknown };
      const message = language === 'en' ? messageEn : messageZh;
      if (!Array.isArray(path) || typeof message !== 'string') return [];
      return [{ in: typeof where === 'string' ? where : 'body', path: path.map((p: unknown) => (typeof p === 'number' ? p : String(p))), message }];
    });
  }

  /** `details.problems` of a RULE_VIOLATION: every legal reason at once (the credit rules send them all). */
  get problems(): RuleProblem[] {
    const raw = this.body?.details?.['problems'];
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item: unknown): RuleProblem[] => {
      if (typeof item !== 'object' || item === null) return [];
      const { code, messageZh, messageEn } = item as { code?: unknown; messageZh?: unknown; messageEn?: unknown };
      return typeof messageZh === 'string' && typeof messageEn === 'string' ? [{ code: typeof code === 'string' ? code : '', messageZh, messageEn }] : [];
    });
  }
}

let csrfToken: string | null = null;
let language: 'zh' | 'en' = 'zh';
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: 'zh' | 'en'): void {
  language = lang;
}

/** Called when the server says the session is gone (401 UNAUTHENTICATED): the app goes to login. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  readonly params?: Readonly<Record<string, string>>;
  /** Flat object of scalars; undefined, null and '' are left out. */
  readonly query?: object;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** Fill `:name` segments of a contract path and append the query string (empty values left out). */
export function buildUrl(path: string, options: Pick<RequestOptions, 'params' | 'query'> = {}): string {
  const filled = path.replace(/:(\w+)/g, (_whole, name: string) => {
    const value = options.params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') throw new Error(`query ${key} is not a scalar`);
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${filled}?${qs}` : filled;
}

async function parseErrorBody(response: Response): Promise<ErrorBody | null> {
  try {
    const body = (await response.json()) as unknown;
    if (typeof body !== 'object' || body === null) return null;
    const b = body as Partial<ErrorBody>;
    return typeof b.code === 'string' && typeof b.messageZh === 'string' && typeof b.messageEn === 'string' ? (b as ErrorBody) : null;
  } catch {
    return null;
  }
}

export async function request<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language === 'zh' ? 'zh-CN' : 'en' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null);
  }

  if (!response.ok) {
    const body = await parseErrorBody(response);
    if (response.status === 401 && body?.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    throw new ApiError(response.status, body);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * A POST that answers with a file (e.g. a document built from what the body carries): the file is
 * handed to the browser as a download named by the server's Content-Disposition (RFC 5987 name).
 */
export async function downloadByPost(path: string, options: RequestOptions & { fallbackName: string }): Promise<void> {
  const headers: Record<string, string> = { 'accept-language': language === 'zh' ? 'zh-CN' : 'en', 'content-type': 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options), { method: 'POST', headers, credentials: 'same-origin', body: JSON.stringify(options.body ?? {}) });
  } catch {
    throw new ApiError(0, null);
  }
  if (!response.ok) throw new ApiError(response.status, await parseErrorBody(response));
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : options.fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
