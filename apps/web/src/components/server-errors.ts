import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.js';

type NamePath = (string | number)[];

const sameName = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean =>
  a.length === b.length && a.every((part, i) => String(part) === String(b[i]));

/**
 * Put the server's `details.issues` next to the fields they are about. Only issues `in` the body
 * can belong to a form field; their `path` starts at the body's top level. `prefix` is dropped
 * from each path first (the action form's fields sit under `action` in the request body).
 * Returns the messages that match no field, for an alert above the form.
 */
export function applyServerIssues(form: FormInstance, error: unknown, prefix: readonly string[] = []): string[] {
  if (!(error instanceof ApiError)) return [];
  const registered: NamePath[] = form.getFieldsError().map((f) => f.name);
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  const leftover: string[] = [];

  for (const issue of error.issues) {
    let path: NamePath = issue.path.map((p) => (typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : p));
    if (prefix.length > 0 && sameName(path.slice(0, prefix.length), prefix)) path = path.slice(prefix.length);
    const field = issue.in === 'body' ? registered.find((name) => sameName(name, path)) : undefined;
    if (!field) {
      leftover.push(path.length > 0 ? `${path.join('.')}: ${issue.message}` : issue.message);
      continue;
    }
    const key = field.join('.');
    const entry = byField.get(key) ?? { name: field, errors: [] };
    entry.errors.push(issue.message);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { block: 'center', focus: true });
  return leftover;
}

/**
 * The usual reaction to a failed form submit: field issues go next to their fields; anything
 * else (or issues that match no field) goes to `showError` for an alert.
 */
export function reportFormError(form: FormInstance, error: unknown, showError: (error: unknown) => void, prefix: readonly string[] = []): void {
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    if (applyServerIssues(form, error, prefix).length > 0) showError(error);
    return;
  }
  showError(error);
}
