/**
 * Checks on builder inputs that the type system cannot make: non-empty text, whole numbers in a
 * legal range. Failures are `VALIDATION_FAILED` naming the field, like every service input.
 */
import { invalidField } from '@zhixing/contracts';

/** `value` trimmed; throws when nothing is left. */
export function requireText(value: string, field: string): string {
  const text = value.trim();
  if (text === '') throw invalidField(field, '不能为空', 'must not be empty');
  return text;
}

/** Throws unless `value` is a whole number from `min` to `max`. */
export function requireWholeNumber(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidField(field, `应为 ${min} 至 ${max} 的整数：${value}`, `must be a whole number from ${min} to ${max}: ${value}`);
  }
  return value;
}

/** Throws when `values` is empty. */
export function requireSome<T>(values: readonly T[], field: string): readonly T[] {
  if (values.length === 0) throw invalidField(field, '至少需要一项', 'needs at least one entry');
  return values;
}
