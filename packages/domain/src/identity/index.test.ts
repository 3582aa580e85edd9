import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from '../index.js';
import type { CreditCode, ParseResidentIdOptions, ResidentId } from '../index.js';
import * as identity from './index.js';

// Other packages code against exactly these names; adding or renaming one must be deliberate.
const PUBLIC = ['ageOn', 'isMinorOn', 'maskPersonName', 'maskResidentId', 'parseCreditCode', 'parseResidentId'];

describe('identity public API', () => {
  it('exports exactly the agreed names, also from the package root', () => {
    assert.deepEqual(Object.keys(identity).sort(), PUBLIC);
    const root = domain as Record<string, unknown>;
    const barrel = identity as Record<string, unknown>;
    for (const name of PUBLIC) assert.equal(root[name], barrel[name], name);
  });

  it('exports the types ResidentId, ParseResidentIdOptions and CreditCode', () => {
    const options: ParseResidentIdOptions = { onDate: '2026-01-01' };
    const id: ResidentId = domain.unwrap(domain.parseResidentId('11010519491231002X', options));
    const code: CreditCode = domain.unwrap(domain.parseCreditCode('91350100M000100Y43'));
    assert.equal(id.ageOnDate, 76);
    assert.equal(code.organisationCode, 'M000100Y4');
  });
});
