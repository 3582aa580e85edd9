/**
 * A clerk issues a party a new query code (issue 5): the party lost the filing notice, or the code
 * may be known to someone else. The old code and every portal session opened with it stop at once;
 * the case event says a code was issued, never the code.
 */
import { AppError, type IssuedQueryCode } from '@zhixing/contracts';
import { endPartyPortalSessions, findCase, findParty } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { recordEvent } from '../cases/record-event.js';
import { issueQueryCodes } from './query-codes.js';

export async function reissueQueryCode(ctx: ServiceContext, actor: Actor, caseId: string, partyId: string): Promise<IssuedQueryCode> {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief']);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('NOT_FOUND');
  // An act on the case: only its own court's staff; to anyone else the case does not exist.
  if (row.court_id !== actor.courtId) throw new AppError('NOT_FOUND');
  const party = await findParty(db, caseId, partyId);
  if (!party) throw new AppError('NOT_FOUND', { details: { partyId } });
  return db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const [issued] = await issueQueryCodes(trx, [party], now, actor.userId);
    await endPartyPortalSessions(trx, party.id, now);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId,
      action: 'queryCodeIssued',
      after: { partyId, party: party.name, role: party.party_role },
      summaryZh: `为当事人${party.name}重新生成执行信息公开网查询码（原查询码作废）`,
      summaryEn: `Issued ${party.name} a new portal query code (the old one no longer works)`,
    });
    return issued!;
  });
}
