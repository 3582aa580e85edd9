import { ERROR_CODES } from './errors.js';

/** docs/errors.md, generated from the one registry so the documentation cannot drift. */
export function renderErrorDocs(): string {
  const rows = Object.entries(ERROR_CODES).map(([code, spec]) => `| \`${code}\` | ${spec.status} | ${spec.zh} | ${spec.en} | ${spec.doc} |`);
  return [
    '# Error codes',
    '',
    'Generated from `packages/contracts/src/errors.ts` by `npm run docs:errors`; a unit test fails when this file is stale.',
    '',
    'Every error answers `{ code, message, messageZh, messageEn, details?, requestId }`. `message` follows the',
    '`Accept-Language` header (Chinese unless it starts with `en`). A refused legal act is `RULE_VIOLATION` with the',
    'domain rule in `details.rule` (e.g. `WRONG_STAGE`, `TERMINATION_FOR_NOW_CONDITIONS_UNMET`); invalid fields are',
    '`VALIDATION_FAILED` with `details.issues[]` of `{ path, message }`.',
    '',
    '| code | HTTP | 中文 | English | meaning |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
