/**
 * A party opens their case on the public portal (issue 5): case number + their own ID number (or an
 * organisation's credit code) + the query code from their filing notice. Which of the three was wrong
 * is never said; three wrong codes lock the case's party access for a while (domain portal-lockout.ts).
 * Every granted access and every lock is a case event (全程留痕), with the client's address.
 */
import { AppError, type OpenPartySessionRequest, type PartySession } from '@zhixing/contracts';
import { findCaseByNumber, findPartyForLogin, insertPortalSession, lockPortalAccess, setPortalAccessLock } from '@zhixing/db';
import { afterWrongCode, isPortalLocked, normaliseQueryCode } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { newSecret, secretHash } from '../auth/tokens.js';
import { recordEvent } from '../cases/record-event.js';
import { queryCodeHash, queryCodeMatches } from './query-codes.js';

export const PARTY_SESSION_MS = 30 * 60 * 1000;

const ROLE_ZH = { applicant: '申请执行人', debtor: '被执行人' } as const;

type Outcome = { ok: true; session: PartySession } | { ok: false; locked: Date | null };

export async function openPartySession(ctx: ServiceContext, input: OpenPartySessionRequest, client: { ip: string }): Promise<PartySession> {
  const { db } = ctx.database;
  const caseNumber = input.caseNumber.trim().replace(/\(/g, '（').replace(/\)/g, '）');
  const found = await findCaseByNumber(db, caseNumber);
  const code = normaliseQueryCode(input.queryCode);
  if (!found) {
    // The same work as a real check, so the answer's timing does not tell which cases exist.
    queryCodeHash('00000000-0000-0000-0000-000000000000', code ?? '');
    throw new AppError('PORTAL_ACCESS_DENIED');
  }
  const id = input.idNumber.trim().toUpperCase();
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    const now = ctx.clock.now();
    const lock = await lockPortalAccess(trx, found.id);
    const state = { failures: lock.failures, lockedUntil: lock.locked_until?.getTime() ?? null };
    if (isPortalLocked(state, now.getTime())) return { ok: false, locked: lock.locked_until };
    const party = await findPartyForLogin(trx, found.id, id);
    const right = party !== undefined && code !== null && queryCodeMatches(party.code_hash, party.id, code);
    if (!right) {
      const next = afterWrongCode(state, now.getTime());
      await setPortalAccessLock(trx, found.id, next.failures, next.lockedUntil === null ? null : new Date(next.lockedUntil));
      if (next.lockedNow) {
        await recordEvent(trx, ctx.clock, null, {
          courtId: found.court_id,
          caseId: found.id,
          action: 'portalAccessLocked',
          after: { until: new Date(next.lockedUntil!).toISOString(), clientIp: client.ip },
          summaryZh: '公开网当事人查询连续三次查询码错误，本案当事人查询暂时锁定',
          summaryEn: 'Three wrong query codes on the public portal: party access to this case is locked for a while',
        });
      }
      return { ok: false, locked: null };
    }
    if (state.failures > 0) await setPortalAccessLock(trx, found.id, 0, null);
    const token = newSecret('zxp');
    const expiresAt = new Date(now.getTime() + PARTY_SESSION_MS);
    await insertPortalSession(trx, { tokenHash: secretHash(token), caseId: found.id, partyId: party.id, createdAt: now, expiresAt });
    await recordEvent(trx, ctx.clock, null, {
      courtId: found.court_id,
      caseId: found.id,
      action: 'portalAccessGranted',
      after: { party: party.name, role: party.party_role, clientIp: client.ip },
      summaryZh: `${ROLE_ZH[party.party_role]}${party.name}在执行信息公开网查看本案`,
      summaryEn: `${party.party_role === 'applicant' ? 'Applicant' : 'Debtor'} ${party.name} viewed the case on the public portal`,
    });
    return { ok: true, session: { token, expiresAt: expiresAt.toISOString(), caseNumber: found.case_number, party: { name: party.name, role: party.party_role } } };
  });
  if (outcome.ok) return outcome.session;
  if (outcome.locked) throw new AppError('PORTAL_ACCESS_LOCKED', { details: { lockedUntil: outcome.locked.toISOString() } });
  throw new AppError('PORTAL_ACCESS_DENIED');
}
