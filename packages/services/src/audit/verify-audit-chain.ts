import type { ChainReport } from '@zhixing/contracts';
import { GENESIS_HASH, chainHead, chainPage, courtsWithEvents, hashEvent, type Executor } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';

const PAGE = 5000;

/** Walks one court's chain in seq order and names the first link that does not hold. */
export async function verifyCourtChain(db: Executor, courtId: string): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  for (;;) {
    const page = await chainPage(db, courtId, expectedSeq - 1, PAGE);
    for (const e of page) {
      const broken = (reason: NonNullable<ChainReport['firstBroken']>['reason']): ChainReport => ({
        courtId, events, valid: false, firstBroken: { seq: e.seq, eventId: e.id, reason }, headHash: null,
      });
      if (e.seq !== expectedSeq) return broken('gap');
      if (e.prev_hash !== prevHash) return broken('prevHashMismatch');
      const hash = hashEvent(
        {
          courtId: e.court_id, seq: e.seq, caseId: e.case_id, occurredAt: e.occurred_at, actorId: e.actor_id, actorRole: e.actor_role,
          actorCourtId: e.actor_court_id, action: e.action, before: e.before, after: e.after, legalBasis: e.legal_basis,
          summaryZh: e.summary_zh, summaryEn: e.summary_en,
        },
        prevHash,
      );
      if (hash !== e.hash) return broken('hashMismatch');
      prevHash = e.hash;
      expectedSeq += 1;
      events += 1;
    }
    if (page.length < PAGE) break;
  }
  const head = await chainHead(db, courtId);
  if (head && (head.last_seq !== events || head.last_hash !== prevHash)) {
    // Events were removed from the end of the chain: the head still remembers them.
    return { courtId, events, valid: false, firstBroken: { seq: events + 1, eventId: 0, reason: 'headMismatch' }, headHash: head.last_hash };
  }
  return { courtId, events, valid: true, firstBroken: null, headHash: events ? prevHash : null };
}

/** Every court's chain (the CLI operator and the administrator). */
export async function verifyAllChains(db: Executor): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const id of await courtsWithEvents(db)) reports.push(await verifyCourtChain(db, id));
  return reports;
}

export async function verifyAuditChain(ctx: ServiceContext, actor: Actor, courtId?: string): Promise<{ reports: ChainReport[] }> {
  requireRole(actor, ['admin', 'bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  if (actor.role === 'admin') return { reports: courtId ? [await verifyCourtChain(db, courtId)] : await verifyAllChains(db) };
  const reports: ChainReport[] = [];
  for (const id of await scopedCourtIds(db, actor, courtId)) reports.push(await verifyCourtChain(db, id));
  return { reports };
}
