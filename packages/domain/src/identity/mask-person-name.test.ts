import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskPersonName } from './mask-person-name.js';

describe('maskPersonName', () => {
  const table: Array<[string, string]> = [
    ['张三', '张*'],
    ['张三丰', '张*丰'],
    ['欧阳小明', '欧**明'],
    [' 李 ', '*'],
    ['', '*'],
    ['Anna Li', 'A*****i'],
  ];
  for (const [name, masked] of table) it(`${JSON.stringify(name)} → ${masked}`, () => assert.equal(maskPersonName(name), masked));
});
