import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from '../index.js';
import type { CaseNumberParts, CaseType } from '../index.js';
import * as caseNumber from './index.js';

// Other packages code against exactly these names; adding or renaming one must be deliberate.
const PUBLIC = ['CASE_TYPES', 'CASE_TYPE_CODES', 'CASE_TYPE_LABELS', 'formatCaseNumber', 'isCaseType', 'parseCaseNumber'];

describe('case-number public API', () => {
  it('exports exactly the agreed names, also from the package root', () => {
    assert.deepEqual(Object.keys(caseNumber).sort(), PUBLIC);
    const root = domain as Record<string, unknown>;
    const barrel = caseNumber as Record<string, unknown>;
    for (const name of PUBLIC) assert.equal(root[name], barrel[name], name);
  });

  it('exports the types CaseType and CaseNumberParts', () => {
    const caseType: CaseType = 'resumed';
    const parts: CaseNumberParts = { year: 2026, courtCode: '辽02', caseType, sequence: 5 };
    assert.equal(domain.formatCaseNumber(parts), '（2026）辽02执恢5号');
  });
});
