import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ASSET_CONTROL_PROBLEM_CODES, CONTROL_TERM_CLASSES, INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LIST, PROPERTY_KINDS, PROPERTY_KIND_LIST, categorySupports, isControllable, isInstitutionCategory, isPropertyKind } from './index.js';

describe('property kinds and institution categories', () => {
  it('every controllable kind has a term class and an act; information records have neither', () => {
    for (const kind of PROPERTY_KIND_LIST) {
      const rule = PROPERTY_KINDS[kind];
      assert.equal(rule.termClass === null, rule.control === null, kind);
      if (rule.termClass) assert.ok(CONTROL_TERM_CLASSES.includes(rule.termClass), kind);
      assert.equal(isControllable(kind), rule.control !== null);
      assert.ok(rule.zh && rule.en, kind);
    }
    assert.equal(PROPERTY_KINDS.bankDeposit.termClass, 'deposit');
    assert.equal(PROPERTY_KINDS.realEstate.control, 'seal');
    assert.equal(isControllable('whereabouts'), false);
  });

  it('every kind but loose movables (found in the field, not over the network) is reported by some category, and a category acts only on what it reports', () => {
    const reported = new Set<string>(INSTITUTION_CATEGORY_LIST.flatMap((c) => INSTITUTION_CATEGORIES[c].reports));
    assert.deepEqual([...reported].sort(), PROPERTY_KIND_LIST.filter((k) => k !== 'movable').sort());
    for (const c of INSTITUTION_CATEGORY_LIST) {
      assert.ok(categorySupports(c, 'inquire'), c);
      const controllable = INSTITUTION_CATEGORIES[c].reports.some((k) => isControllable(k));
      assert.equal(categorySupports(c, 'release'), controllable, c);
    }
    assert.equal(categorySupports('bank', 'deduct'), true);
    assert.equal(categorySupports('realEstateRegistry', 'deduct'), false);
  });

  it('recognises its own names only', () => {
    assert.equal(isPropertyKind('bankDeposit'), true);
    assert.equal(isPropertyKind('toString'), false);
    assert.equal(isInstitutionCategory('bank'), true);
    assert.equal(isInstitutionCategory('constructor'), false);
    assert.ok(ASSET_CONTROL_PROBLEM_CODES.every((c) => c.startsWith('CONTROL_')));
  });
});
