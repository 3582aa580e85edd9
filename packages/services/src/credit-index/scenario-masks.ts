/**
 * The rulebook (`blocks(scenario, kind, role)` of @zhixing/domain) folded into one 32-bit mask per
 * scenario, so that the hot path tests a measure with a shift and an AND: bit `kind × 8 + role`
 * is set when a measure of that kind binding its subject in that role blocks the scenario.
 */
import { MEASURE_KINDS, SCENARIOS, SUBJECT_ROLES, blocks } from '@zhixing/domain';
import type { MeasureKind, Scenario, SubjectRole } from '@zhixing/domain';

export const KIND_INDEX: ReadonlyMap<MeasureKind, number> = new Map(MEASURE_KINDS.map((k, i) => [k, i]));
export const ROLE_INDEX: ReadonlyMap<SubjectRole, number> = new Map(SUBJECT_ROLES.map((r, i) => [r, i]));

/** Bit of a (kind, role) pair in a scenario mask. */
export function blockBit(kindIndex: number, roleIndex: number): number {
  return 1 << (kindIndex * 8 + roleIndex);
}

export const SCENARIO_MASKS: ReadonlyMap<Scenario, number> = new Map(
  SCENARIOS.map((scenario) => {
    let mask = 0;
    for (const [ki, kind] of MEASURE_KINDS.entries()) {
      for (const [ri, role] of SUBJECT_ROLES.entries()) if (blocks(scenario, kind, role)) mask |= blockBit(ki, ri);
    }
    return [scenario, mask];
  }),
);

const KINDS_BY_MASK: ReadonlyArray<readonly MeasureKind[]> = Array.from({ length: 1 << MEASURE_KINDS.length }, (_, mask) =>
  Object.freeze(MEASURE_KINDS.filter((_k, i) => (mask & (1 << i)) !== 0)),
);

/** A set of measure kinds from 3 bits (bit i = MEASURE_KINDS[i]): shared frozen arrays. */
export function kindsOfMask(mask: number): readonly MeasureKind[] {
  return KINDS_BY_MASK[mask & ((1 << MEASURE_KINDS.length) - 1)]!;
}
