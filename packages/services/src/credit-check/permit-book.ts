import type { CivilDate, Scenario } from '@zhixing/domain';

interface Permit {
  readonly permitId: number;
  readonly scenarios: ReadonlySet<string>;
  readonly validFrom: CivilDate;
  readonly validTo: CivilDate;
}

/**
 * Permissions for a specific necessary consumption (2015 限高规定 art. 8): a restricted person may
 * take the permitted act in the permitted window. Few in number, so a plain map serves.
 */
export class PermitBook {
  readonly #bySubject = new Map<string, Permit[]>();

  add(subjectId: string, permit: Permit): void {
    const list = (this.#bySubject.get(subjectId) ?? []).filter((p) => p.permitId !== permit.permitId);
    list.push(permit);
    this.#bySubject.set(subjectId, list);
  }

  remove(subjectId: string, permitId: number): void {
    const list = this.#bySubject.get(subjectId)?.filter((p) => p.permitId !== permitId) ?? [];
    if (list.length > 0) this.#bySubject.set(subjectId, list);
    else this.#bySubject.delete(subjectId);
  }

  /** The permit covering this act today, if any. */
  covering(subjectId: string, scenario: Scenario, today: CivilDate): number | null {
    for (const p of this.#bySubject.get(subjectId) ?? []) {
      if (p.scenarios.has(scenario) && p.validFrom <= today && today <= p.validTo) return p.permitId;
    }
    return null;
  }

  clear(): void {
    this.#bySubject.clear();
  }
}
