import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from '../index.js';
import type { Fen, ParseYuanOptions } from '../index.js';
import * as money from './index.js';

// Other packages code against exactly these names; adding or renaming one must be deliberate.
const PUBLIC = ['assertFen', 'fenToYuanString', 'formatYuan', 'parseYuan'];

describe('money public API', () => {
  it('exports exactly the agreed names, also from the package root', () => {
    assert.deepEqual(Object.keys(money).sort(), PUBLIC);
    const root = domain as Record<string, unknown>;
    const barrel = money as Record<string, unknown>;
    for (const name of PUBLIC) assert.equal(root[name], barrel[name], name);
  });

  it('exports the types Fen and ParseYuanOptions', () => {
    const options: ParseYuanOptions = { allowNegative: true };
    const fen: Fen = domain.unwrap(domain.parseYuan('-¥1.00', options));
    assert.equal(fen, -100);
  });
});
