import { test } from 'node:test';
import assert from 'node:assert/strict';
import { valueToCase } from './property-value.js';

test('a deposit is worth its balance, less a prior court freeze of a known amount', () => {
  assert.equal(valueToCase({ kind: 'bankDeposit', balanceFen: 500_000, valuationFen: null, encumbrances: [] }), 500_000);
  assert.equal(valueToCase({ kind: 'bankDeposit', balanceFen: 500_000, valuationFen: null, encumbrances: [{ kind: 'courtControl', amountFen: 200_000 }] }), 300_000);
});

test('a flat is worth its valuation less the mortgage ahead, never below zero', () => {
  assert.equal(valueToCase({ kind: 'realEstate', balanceFen: null, valuationFen: 1_000_000_00, encumbrances: [{ kind: 'mortgage', amountFen: 600_000_00 }, { kind: 'other' , amountFen: 50_000_00 }] }), 400_000_00);
  assert.equal(valueToCase({ kind: 'realEstate', balanceFen: null, valuationFen: 100, encumbrances: [{ kind: 'mortgage', amountFen: 600 }] }), 0);
});

test('an encumbrance of unknown amount is not guessed; nothing known is worth 0', () => {
  assert.equal(valueToCase({ kind: 'vehicle', balanceFen: null, valuationFen: 80_000_00, encumbrances: [{ kind: 'courtControl' }] }), 80_000_00);
  assert.equal(valueToCase({ kind: 'vehicle', balanceFen: null, valuationFen: null, encumbrances: [] }), 0);
  assert.equal(valueToCase({ kind: 'insurancePolicy', balanceFen: 12_000, valuationFen: null, encumbrances: [] }), 12_000);
});
