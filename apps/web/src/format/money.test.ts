/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { YUAN_PATTERN, formatYuan, normaliseYuan } from './money.js';
import { formatRate } from './rate.js';

describe('money display', () => {
  it('formats yuan strings as ¥1,234.56 without floats', () => {
    assert.equal(formatYuan('1234.56'), '¥1,234.56');
    assert.equal(formatYuan('150000'), '¥150,000.00');
    assert.equal(formatYuan('0.5'), '¥0.50');
    assert.equal(formatYuan('90071992547409931.99'), '¥90,071,992,547,409,931.99');
    assert.equal(formatYuan('-12.3'), '-¥12.30');
    assert.equal(formatYuan(null), '—');
  });

  it('accepts at most two decimals and normalises input for the API', () => {
    assert.ok(YUAN_PATTERN.test('150000'));
    assert.ok(YUAN_PATTERN.test('0.05'));
    assert.ok(!YUAN_PATTERN.test('1.234'));
    assert.ok(!YUAN_PATTERN.test('-1'));
    assert.ok(!YUAN_PATTERN.test('01'));
    assert.equal(normaliseYuan('150000'), '150000.00');
    assert.equal(normaliseYuan('1,500.5'), '1500.50');
  });

  it('shows fractional rates as percentages', () => {
    assert.equal(formatRate('0.015'), '1.5%');
    assert.equal(formatRate('0.001'), '0.1%');
    assert.equal(formatRate('1%'), '1%');
  });
});
