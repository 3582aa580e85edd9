/**
 * The agency check (mission clause 11): an agency about to allow an act asks whether any measure
 * in force against the person blocks it. "一处失信、处处受限" — the rulebook (scenarios.ts)
 * answers the same way for every agency.
 */
import { DomainError } from '../domain-error.js';
import type { MeasureKind, SubjectRole } from './measure-kinds.js';
import { SCENARIOS, blocks, isScenario } from './scenarios.js';
import type { Scenario } from './scenarios.js';

/** One measure in force against the person checked, and the role in which it binds them. */
export interface ActiveMeasure {
  kind: MeasureKind;
  role: SubjectRole;
}

export interface CheckDecision {
  decision: 'allow' | 'deny';
  /** Indices (into the measures given) of the measures that block the act; empty when allowed. */
  matched: number[];
}

/**
 * Denies the act when at least one measure blocks it, and says which.
 * Throws `CHECK_UNKNOWN_SCENARIO` for a scenario not in the rulebook (the contract validates it first).
 *
 * ### Examples
 * ```ts
 * decideCheck('flight', [{ kind: 'consumptionRestriction', role: 'legalRepresentative' }]); // { decision: 'deny', matched: [0] }
 * decideCheck('civilServiceRecruitment', [{ kind: 'consumptionRestriction', role: 'legalRepresentative' }]); // { decision: 'allow', matched: [] }
 * ```
 */
export function decideCheck(scenario: Scenario, measures: readonly ActiveMeasure[]): CheckDecision {
  if (!isScenario(scenario)) {
    throw new DomainError({
      code: 'CHECK_UNKNOWN_SCENARIO',
      messageZh: `未知的核查场景：${String(scenario)}`,
      messageEn: `Unknown check scenario: ${String(scenario)}`,
      details: { scenario, allowed: SCENARIOS },
    });
  }
  const matched: number[] = [];
  measures.forEach((m, i) => {
    if (blocks(scenario, m.kind, m.role)) matched.push(i);
  });
  return { decision: matched.length > 0 ? 'deny' : 'allow', matched };
}
