import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MEASURE_KINDS, SCENARIOS, SUBJECT_ROLES, blocks } from '@zhixing/domain';
import type { Scenario } from '@zhixing/domain';
import { CreditIndex } from './credit-index.js';
import type { IndexedMeasure } from './measure-records.js';
import type { SubjectKind } from './subject-key.js';
import { creditCodeFor, personIdFor } from './test-subjects.js';

// A small world, so that subjects get several measures and ids are reused.
const SUBJECTS: ReadonlyArray<{ kind: SubjectKind; id: string }> = [
  ...Array.from({ length: 60 }, (_, i) => ({ kind: 'person' as const, id: personIdFor(i * 7919) })),
  ...Array.from({ length: 20 }, (_, i) => ({ kind: 'organisation' as const, id: creditCodeFor(i * 104_729) })),
];
const NAMES = ['张三', '李四', '王 五', '大连某某有限公司'];

type Op =
  | { op: 'add'; measureId: number; subject: number; kind: number; role: number; name: number; sequence: number; bound: boolean }
  | { op: 'remove'; measureId: number }
  | { op: 'check'; subject: number; scenario: Scenario; name: number | null };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('add' as const), measureId: fc.integer({ min: 1, max: 120 }), subject: fc.integer({ min: 0, max: SUBJECTS.length - 1 }), kind: fc.nat(MEASURE_KINDS.length - 1), role: fc.nat(SUBJECT_ROLES.length - 1), name: fc.nat(NAMES.length - 1), sequence: fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.constant(2 ** 22)), bound: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('remove' as const), measureId: fc.integer({ min: 1, max: 120 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('check' as const), subject: fc.integer({ min: 0, max: SUBJECTS.length - 1 }), scenario: fc.constantFrom(...SCENARIOS), name: fc.option(fc.nat(NAMES.length - 1)) }) },
);

const normalised = (name: string) => name.normalize('NFC').replace(/\s/g, '').replace(/[a-z]/g, (c) => c.toUpperCase());

function measureOf(o: Extract<Op, { op: 'add' }>): IndexedMeasure {
  const subject = SUBJECTS[o.subject]!;
  return {
    measureId: o.measureId,
    subjectKind: subject.kind,
    subjectId: subject.id,
    name: NAMES[o.name]!,
    kind: MEASURE_KINDS[o.kind]!,
    role: subject.kind === 'organisation' ? 'debtor' : SUBJECT_ROLES[o.role]!,
    caseNumber: { year: 2015 + (o.sequence % 12), courtCode: `辽02${String(o.sequence % 3).padStart(2, '0')}`, caseType: 'first', sequence: o.sequence },
    courtId: `2102${String(o.sequence % 3).padStart(2, '0')}`,
    since: `2026-0${String(1 + (o.sequence % 9))}-15`,
    boundTo: o.bound ? '大连某某有限公司' : null,
  };
}

describe('CreditIndex against a naive model (property)', () => {
  it('answers every check, get and count like a Map of measures, through adds, replaces and removes', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 400, size: 'max' }), fc.constantFrom('full', 'growing', 'roomy'), (ops, sizing) => {
        // Full: tables sized for every subject of the world and grown only when all slots are
        // taken — long probe clusters, displacement on every insert, shifts on every delete.
        // Growing: from 8 slots up. Roomy: the defaults for 64 measures.
        const options = {
          full: { expected: { measures: 8, persons: 60, organisations: 20 }, reserveLoad: 1, maxLoad: 1 },
          growing: { maxLoad: 0.99 },
          roomy: { expected: { measures: 64 } },
        }[sizing];
        const index = new CreditIndex(options);
        const model = new Map<number, IndexedMeasure>();
        for (const o of ops) {
          if (o.op === 'add') {
            const m = measureOf(o);
            index.add(m);
            model.set(m.measureId, m);
          } else if (o.op === 'remove') {
            assert.equal(index.remove(o.measureId), model.delete(o.measureId));
          } else {
            const subject = SUBJECTS[o.subject]!;
            const name = o.name === null ? undefined : NAMES[o.name]!;
            const mine = [...model.values()].filter((m) => m.subjectKind === subject.kind && m.subjectId === subject.id);
            const blocking = mine.filter((m) => blocks(o.scenario, m.kind, m.role));
            const r = index.check(subject.kind, subject.id, o.scenario, name);
            assert.ok(r.ok);
            assert.equal(r.decision, blocking.length > 0 ? 'deny' : 'allow');
            assert.deepEqual(r.matched.map((m) => m.measureId).sort((a, b) => a - b), blocking.map((m) => m.measureId).sort((a, b) => a - b));
            const expectedName = name === undefined || mine.length === 0 ? null : mine.some((m) => normalised(m.name) === normalised(name));
            assert.equal(r.nameMatches, expectedName);
          }
          assert.deepEqual(index.problems(), []);
          assert.equal(index.entries, model.size);
          assert.equal(index.subjects, new Set([...model.values()].map((m) => `${m.subjectKind}:${m.subjectId}`)).size);
        }
        for (const subject of SUBJECTS) {
          const got = index.get(subject.kind, subject.id).map((m) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>);
          const expected = [...model.values()]
            .filter((m) => m.subjectKind === subject.kind && m.subjectId === subject.id)
            .map(({ name: _name, ...m }) => ({ ...m, caseNumberText: `（${String(m.caseNumber.year)}）${m.caseNumber.courtCode}执${String(m.caseNumber.sequence)}号` }));
          const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => Number(a.measureId) - Number(b.measureId);
          assert.deepEqual(got.sort(byId), expected.sort(byId));
        }
        for (const [measureId] of model) assert.equal(index.has(measureId), true);
      }),
      { numRuns: 150 },
    );
  });
});
