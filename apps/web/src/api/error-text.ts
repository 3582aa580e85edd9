import { ApiError } from './client.js';
import type { I18n } from '../i18n/i18n-context.js';

/** What to tell the user about a failed call, in their language. */
export function errorText(error: unknown, i18n: Pick<I18n, 't' | 'pick'>): string {
  if (error instanceof ApiError) {
    if (error.body) return i18n.pick(error.body.messageZh, error.body.messageEn);
    if (error.status === 0) return i18n.t('error.network');
    return i18n.t('error.http', { status: error.status });
  }
  return i18n.t('error.unexpected');
}

/** The request id to quote to support, when the server gave one. */
export function requestIdOf(error: unknown): string | null {
  return error instanceof ApiError ? (error.body?.requestId ?? null) : null;
}

export const isVersionConflict = (error: unknown): boolean => error instanceof ApiError && error.code === 'VERSION_CONFLICT';
