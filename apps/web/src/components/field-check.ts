import type { FormRule } from 'antd';

type Validator = NonNullable<Exclude<FormRule, (...args: never[]) => unknown>['validator']>;

/** An antd validator from a plain check that returns the error message, or null when the value is fine. */
export function fieldCheck<T>(check: (value: T | undefined) => string | null): Validator {
  return (_rule, value: T | undefined) => {
    const problem = check(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  };
}
