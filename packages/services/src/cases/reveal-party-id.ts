import { AppError } from '@zhixing/contracts';
import { findCase, findParty } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { recordEvent } from './record-event.js';

/** A full ID number is personal data: every read is an event in the audit chain with its purpose. */
export async function revealPartyId(ctx: ServiceContext, actor: Actor, caseId: string, partyId: string, purpose: string) {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief', 'president']);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, row.court_id);
  const party = await findParty(db, caseId, partyId);
  if (!party) throw new AppError('NOT_FOUND');
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId,
      action: 'revealPartyId',
      after: { partyId, purpose, idNumberMasked: party.id_number_masked },
      summaryZh: `查看当事人完整证件号码：${party.name}（用途：${purpose}）`,
      summaryEn: `Read the full ID number of ${party.name} (purpose: ${purpose})`,
    }),
  );
  return { idNumber: party.id_number, creditCode: party.credit_code };
}
