/** What went wrong with a submission, in the page's language: on the fields it concerns where it can be. */
import { PortalError } from '../portal-api.js';
import type { Lang } from '../portal-i18n.js';

export interface FieldError {
  readonly name: Array<string | number>;
  readonly message: string;
}

export interface SubmissionProblem {
  /** Shown above the button: the whole problem, or what no field shows. */
  readonly message: string;
  readonly fields: FieldError[];
}

interface Issue {
  path?: unknown;
  messageZh?: unknown;
  messageEn?: unknown;
}

/**
 * A server error as a problem to show. Field issues (`details.issues`, paths inside the body) go on
 * the form's fields when it has them (`known` tells); an attachment refused for its type names the file.
 */
export function submissionProblem(e: unknown, lang: Lang, known: (name: Array<string | number>) => boolean, fallback: string, refusedFile: (name: string) => string): SubmissionProblem {
  if (!(e instanceof PortalError) || !e.body) return { message: fallback, fields: [] };
  const body = e.body;
  const pick = (zh: unknown, en: unknown) => {
    const text = lang === 'zh' ? zh : en;
    return typeof text === 'string' ? text : '';
  };
  if (body.code === 'ATTACHMENT_TYPE_REFUSED' && typeof body.details?.['fileName'] === 'string') {
    const message = refusedFile(body.details['fileName']);
    return { message, fields: [{ name: ['attachments'], message }] };
  }
  if (body.code === 'APPOINTMENT_SLOT_TAKEN') {
    const message = pick(body.messageZh, body.messageEn);
    return { message, fields: [{ name: ['slot'], message }] };
  }
  const issues = Array.isArray(body.details?.['issues']) ? (body.details['issues'] as Issue[]) : [];
  const fields: FieldError[] = [];
  const rest: string[] = [];
  for (const issue of issues) {
    const name = (Array.isArray(issue.path) ? issue.path : []).map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : (p as string | number)));
    const message = pick(issue.messageZh, issue.messageEn);
    if (name.length && known(name)) fields.push({ name, message });
    else rest.push(message);
  }
  if (issues.length === 0) return { message: pick(body.messageZh, body.messageEn), fields: [] };
  return { message: rest.length ? rest.join(lang === 'zh' ? '；' : '; ') : '', fields };
}
