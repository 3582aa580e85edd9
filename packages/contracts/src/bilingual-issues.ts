/**
 * Validation messages in Chinese and English at once. zod builds each issue's message when it
 * parses (with the offending input at hand), so the global locale renders both languages as
 * "中文 / English"; {@link splitBilingual} takes them apart again for the error body.
 * Custom refinements in the contracts write their messages in the same "中文 / English" form.
 */
import { z } from 'zod';
import { en, zhCN } from 'zod/locales';

const SEPARATOR = ' / ';
const zh = zhCN().localeError;
const english = en().localeError;

type LocaleIssue = Parameters<typeof zh>[0];

function text(result: ReturnType<typeof zh>): string {
  if (typeof result === 'string') return result;
  return result?.message ?? '';
}

z.config({
  localeError: (issue: LocaleIssue) => `${text(zh(issue))}${SEPARATOR}${text(english(issue))}`,
});

export function splitBilingual(message: string): { zh: string; en: string } {
  const at = message.indexOf(SEPARATOR);
  if (at < 0) return { zh: message, en: message };
  return { zh: message.slice(0, at), en: message.slice(at + SEPARATOR.length) };
}

export interface FieldIssue {
  /** Where: `body`, `querystring` or `params`. */
  in: string;
  /** The field's path inside it, e.g. ["applicants", "0", "idNumber"]. */
  path: string[];
  messageZh: string;
  messageEn: string;
}
