/**
 * A case's controls with what they hold against what is owed, the excess that can be released
 * while what remains still covers the claim (查封规定 art. 19 ¶2: excess controls are lifted
 * promptly), and the rulings and notices issued.
 */
import { CASE_READER_ROLES } from '@zhixing/contracts';
import { listCaseDocuments, listCaseProperties, listInstitutionRows } from '@zhixing/db';
import { excessHeld } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { loadControlCase } from './control-case.js';
import { readConsistently } from '../read-consistently.js';
import { controlView, documentView } from './control-view.js';

export async function listCaseControlsView(ctx: ServiceContext, actor: Actor, caseId: string) {
  requireRole(actor, CASE_READER_ROLES);
  // One snapshot: a control, its property and its documents are written together.
  const { cc, properties, institutions, documents } = await readConsistently(ctx, async (db) => {
    const cc = await loadControlCase(db, actor, caseId);
    const [properties, institutions, documents] = await Promise.all([listCaseProperties(db, caseId), listInstitutionRows(db, { includeRetired: true }), listCaseDocuments(db, caseId)]);
    return { cc, properties, institutions, documents };
  });
  const propertyById = new Map(properties.map((p) => [p.id, p]));
  const institutionById = new Map(institutions.map((i) => [i.id, i]));
  const day = today(ctx.clock);
  // Only confirmed controls count as excess: one still asked for may yet come back smaller.
  const confirmed = cc.held.filter((h) => cc.controls.find((c) => c.id === h.id)?.state === 'inEffect');
  const covered = cc.held.reduce((sum, h) => sum + h.value, 0);
  const excess = cc.outstandingFen === null ? [] : excessHeld(cc.outstandingFen, confirmed);
  return {
    outstandingFen: cc.outstandingFen ?? 0,
    coveredFen: covered,
    excess: excess.map((e) => ({ controlId: e.id, release: e.release, amountFen: e.release === 'part' ? e.amount : null })),
    controls: cc.controls.map((c) => controlView(c, propertyById.get(c.property_id)!, institutionById.get(c.institution_id)!, day)),
    documents: documents.map(documentView),
  };
}
