/**
 * What every control use case starts from: the case (in the actor's courts), what is still owed
 * and what the case's controls already hold — the two sides of the over-seizure guard
 * (民事诉讼法 (2023) art. 253 ¶1; 查封规定 art. 19: the claim and the enforcement costs).
 */
import { AppError } from '@zhixing/contracts';
import { caseRealisedFen, findCase, listCaseControls, lockCase, type CaseControlRow, type CaseRow, type Executor } from '@zhixing/db';
import { enforcementFee, type HeldItem } from '@zhixing/domain';
import type { Actor } from '../context.js';
import { requireCourtInScope } from '../scope.js';

export interface ControlCase {
  caseRow: CaseRow;
  controls: CaseControlRow[];
  /** Claim + enforcement fee (诉讼费用交纳办法 art. 14) − realised; null for a case without a money claim. */
  outstandingFen: number | null;
  held: HeldItem[];
}

/** States in which a control holds (or is about to hold) the property for this case. */
const HOLDING = new Set(['requested', 'inEffect']);

/** What one control holds for the case now: a freeze its amount less what was deducted; a seal the item's value. */
export function heldValue(c: CaseControlRow): number {
  if (c.act !== 'freeze') return c.value_fen;
  return Math.max(0, (c.held_fen ?? c.amount_fen ?? c.value_fen) - c.deducted_fen);
}

export function heldItems(controls: readonly CaseControlRow[]): HeldItem[] {
  return controls.filter((c) => HOLDING.has(c.state)).map((c) => ({ id: c.id, value: heldValue(c), divisible: c.divisible }));
}

/** In a transaction that changes controls, `lock` serialises the case's control orders (the guard sees every earlier one). */
export async function loadControlCase(db: Executor, actor: Actor, caseId: string, options: { lock?: boolean } = {}): Promise<ControlCase> {
  const caseRow = options.lock ? await lockCase(db, caseId) : await findCase(db, caseId);
  if (!caseRow) throw new AppError('OUT_OF_COURT_SCOPE');
  await requireCourtInScope(db, actor, caseRow.court_id);
  const [controls, realised] = await Promise.all([listCaseControls(db, caseId), caseRealisedFen(db, caseId)]);
  let outstandingFen: number | null = null;
  if (caseRow.claim_total_fen > 0) {
    const fee = enforcementFee(caseRow.claim_total_fen);
    outstandingFen = Math.max(0, caseRow.claim_total_fen + (fee.fee ?? 0) - realised);
  }
  return { caseRow, controls, outstandingFen, held: heldItems(controls) };
}
