import type { ChainReport } from '@zhixing/contracts';
import { GENESIS_HASH, chainHash, chainHead, chainPage, courtsWithEvents, firstBrokenLinkOnServer, listCourts, serverHasSm3, type Executor } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';

const PAGE = 5000;

type BrokenReason = NonNullable<ChainReport['firstBroken']>['reason'];

/**
 * Walks one court's chain in seq order and names the first link that does not hold. For each
 * event: seq follows on, prev_hash is the previous event's hash, the payload's first line matches
 * the indexed columns (compared by the database, see chainPage), and SM3(prev_hash, payload) is
 * the stored hash. The next page is read while
 * the current one is hashed.
 */
/** The same verdicts, computed by a PostgreSQL server that has SM3 (pgcrypto). */
async function verifyOnServer(db: Executor, courtId: string): Promise<ChainReport> {
  const { broken, before, lastHash } = await firstBrokenLinkOnServer(db, courtId, GENESIS_HASH);
  if (broken) return { courtId, events: before, valid: false, firstBroken: { seq: Number(broken.seq), eventId: Number(broken.id), reason: broken.reason }, headHash: null };
  return headCheck(db, courtId, before, lastHash ?? GENESIS_HASH);
}

/** Events were removed from the end of the chain when the head still remembers them. */
async function headCheck(db: Executor, courtId: string, events: number, lastHash: string): Promise<ChainReport> {
  const head = await chainHead(db, courtId);
  if (head && (head.last_seq !== events || head.last_hash !== lastHash)) {
    return { courtId, events, valid: false, firstBroken: { seq: events + 1, eventId: 0, reason: 'headMismatch' }, headHash: head.last_hash };
  }
  return { courtId, events, valid: true, firstBroken: null, headHash: events ? lastHash : null };
}

export async function verifyCourtChain(db: Executor, courtId: string, options: { where?: 'auto' | 'node' } = {}): Promise<ChainReport> {
  if (options.where !== 'node' && (await serverHasSm3(db))) return verifyOnServer(db, courtId);
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  const broken = (seq: number, eventId: number, reason: BrokenReason): ChainReport => ({
    courtId, events, valid: false, firstBroken: { seq, eventId, reason }, headHash: null,
  });
  let next = chainPage(db, courtId, 0, PAGE);
  for (;;) {
    const page = await next;
    const last = page[page.length - 1];
    if (page.length === PAGE && last) next = chainPage(db, courtId, last.seq, PAGE);
    for (const e of page) {
      if (e.seq !== expectedSeq) return broken(e.seq, e.id, 'gap');
      if (e.prev_hash !== prevHash) return broken(e.seq, e.id, 'prevHashMismatch');
      if (!e.header_ok) return broken(e.seq, e.id, 'hashMismatch');
      if (chainHash(prevHash, e.payload) !== e.hash) return broken(e.seq, e.id, 'hashMismatch');
      prevHash = e.hash;
      expectedSeq += 1;
      events += 1;
    }
    if (page.length < PAGE) break;
  }
  return headCheck(db, courtId, events, prevHash);
}

/** Every court's chain (the CLI operator and the administrator), courts without events included. */
export async function verifyAllChains(db: Executor): Promise<ChainReport[]> {
  const ids = new Set([...(await listCourts(db)).map((c) => c.id), ...(await courtsWithEvents(db))]);
  const reports: ChainReport[] = [];
  for (const id of [...ids].sort()) reports.push(await verifyCourtChain(db, id));
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
