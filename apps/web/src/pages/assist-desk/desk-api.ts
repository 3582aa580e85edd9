import type { ErrorBody, answerDeskRequestRoute, downloadDeskDocumentRoute, getDeskRoute } from '@zhixing/contracts';
import { ApiError, buildUrl } from '../../api/client.js';
import type { Lang } from '../../i18n/i18n-context.js';
import type { Body, Reply } from '../../api/contract-types.js';

/**
 * The calls of the assistance desk (协助执行工作台, 传统查控). They carry the institution's desk key
 * (`Authorization: Bearer zxi_…`), never the staff session: no cookie, no CSRF header. Types and
 * paths come from the contracts, as in api/endpoints.ts, so a changed contract fails the type check.
 */
const PATHS = {
  desk: '/api/agency/v1/assist/desk',
  answer: '/api/agency/v1/assist/desk/requests/:id/answer',
  document: '/api/agency/v1/assist/desk/requests/:id/documents/:sha256',
} as const satisfies {
  desk: (typeof getDeskRoute)['path'];
  answer: (typeof answerDeskRequestRoute)['path'];
  document: (typeof downloadDeskDocumentRoute)['path'];
};

export type DeskReply = Reply<typeof getDeskRoute>;
export type DeskRequest = DeskReply['requests'][number];
export type DeskDocument = DeskRequest['documents'][number];
export type DeskSubject = DeskRequest['subject'];
export type DeskAnswer = Body<typeof answerDeskRequestRoute>;
export type DeskAnswerReply = Reply<typeof answerDeskRequestRoute>;
export type DeskAnswerBody = DeskAnswer['body'];
export type InquiryResultBody = Extract<DeskAnswerBody, { type: 'inquiryResult' }>;
export type ControlResultBody = Extract<DeskAnswerBody, { type: 'controlResult' }>;
export type RejectionBody = Extract<DeskAnswerBody, { type: 'rejection' }>;
export type HoldingBody = InquiryResultBody['holdings'][number];
export type EncumbranceBody = HoldingBody['encumbrances'][number];
export type ControlOutcome = ControlResultBody['outcome'];
export type ControlRequestAct = ControlResultBody['act'];
export type RejectionCode = RejectionBody['code'];
export type EncumbranceKind = EncumbranceBody['kind'];

async function errorBodyOf(response: Response): Promise<ErrorBody | null> {
  try {
    const body = (await response.json()) as Partial<ErrorBody> | null;
    return body && typeof body.code === 'string' && typeof body.messageZh === 'string' && typeof body.messageEn === 'string' ? (body as ErrorBody) : null;
  } catch {
    return null;
  }
}

async function call(key: string, lang: Lang, method: 'GET' | 'POST', url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, 'accept-language': lang === 'zh' ? 'zh-CN' : 'en' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    // `omit`: a court officer's session cookie in the same browser must not travel with desk calls.
    response = await fetch(url, { method, headers, credentials: 'omit', body: body === undefined ? null : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, null);
  }
  if (!response.ok) throw new ApiError(response.status, await errorBodyOf(response));
  return response;
}

/** A 401 on a desk call: the key is wrong, or was replaced by a new one. */
export const isKeyRefused = (error: unknown): boolean => error instanceof ApiError && error.status === 401;

/** `filename*=UTF-8''…` (RFC 5987) of a Content-Disposition header, else the plain `filename`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1]);
    } catch {
      // A malformed escape: fall back to the plain name.
    }
  }
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain?.[1] ?? fallback;
}

export const deskApi = {
  /** The institution and its requests not yet answered (showing them starts the answer time). */
  load: async (key: string, lang: Lang): Promise<DeskReply> => (await (await call(key, lang, 'GET', PATHS.desk)).json()) as DeskReply,
  answer: async (key: string, lang: Lang, requestId: string, answer: DeskAnswer): Promise<DeskAnswerReply> =>
    (await (await call(key, lang, 'POST', buildUrl(PATHS.answer, { params: { id: requestId } }), answer)).json()) as DeskAnswerReply,
  /** A ruling or notice as issued (.docx): fetched with the key (a plain link would carry none) and saved from a blob. */
  download: async (key: string, lang: Lang, requestId: string, document: DeskDocument): Promise<void> => {
    const response = await call(key, lang, 'GET', buildUrl(PATHS.document, { params: { id: requestId, sha256: document.sha256 } }));
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = window.document.createElement('a');
    link.href = url;
    link.download = filenameOf(response.headers.get('content-disposition'), `${document.number}.docx`);
    window.document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the file once the click is handled; free the blob a moment later.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

const KEY_STORAGE = 'zhixing.deskKey';

/** The desk key lives in this tab's sessionStorage only: closing the tab, or 退出, forgets it. */
export const deskKeyStore = {
  read(): string | null {
    try {
      return window.sessionStorage.getItem(KEY_STORAGE);
    } catch {
      return null;
    }
  },
  write(key: string): void {
    try {
      window.sessionStorage.setItem(KEY_STORAGE, key);
    } catch {
      // Storage refused (private mode): the key lasts while the page stays open.
    }
  },
  forget(): void {
    try {
      window.sessionStorage.removeItem(KEY_STORAGE);
    } catch {
      // Nothing stored.
    }
  },
};
