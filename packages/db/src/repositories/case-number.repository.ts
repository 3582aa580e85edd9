import type { Executor } from './executor.js';

/**
 * The next sequence of a court/year/case type. The upsert takes the counter row's lock until
 * the filing transaction ends, so concurrent filings queue and a rolled-back filing gives its
 * number back: the sequence stays gapless (SPC case-number rules: numbers run consecutively).
 */
export async function nextCaseSequence(trx: Executor, courtId: string, year: number, caseType: string): Promise<number> {
  const row = await trx
    .insertInto('case_number_counters')
    .values({ court_id: courtId, year, case_type: caseType, last_sequence: 1 })
    .onConflict((oc) => oc.columns(['court_id', 'year', 'case_type']).doUpdateSet((eb) => ({ last_sequence: eb('case_number_counters.last_sequence', '+', 1) })))
    .returning('last_sequence')
    .executeTakeFirstOrThrow();
  return row.last_sequence;
}
