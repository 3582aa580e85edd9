/**
 * Party access on the public portal (issue 5): query codes issued at filing, the login with case
 * number + own ID number + code, the lock after three wrong codes, a reissued code, and the party's
 * view — their own case only, public nodes only, nothing private of anyone else.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '@zhixing/contracts';
import { PORTAL_LOCKOUT } from '@zhixing/domain';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { revealPartyId } from '../cases/reveal-party-id.js';
import { listCaseEvents } from '../cases/list-case-events.js';
import { openPartySession } from './open-party-session.js';
import { authenticateParty } from './authenticate-party.js';
import { closePartySession } from './close-party-session.js';
import { partyCaseView } from './party-case-view.js';
import { reissueQueryCode } from './reissue-query-code.js';
import { downloadPartyDocument } from './download-party-document.js';

let t: TestContext;
const CLIENT = { ip: '203.0.113.7' };
const APPLICANT_ID = '11010519491231002X';
const DEBTOR_ID = '210202198001011238';

before(async () => {
  t = await createTestContext('2026-11-30T10:00:00+08:00');
});
after(() => t.close());

async function fileWithPersonDebtor(debtorName = '李四') {
  const clerk = await t.actor('clerk.zs');
  return fileCase(t.ctx, clerk, filingRequest({ debtors: [{ kind: 'person', name: debtorName, idNumber: DEBTOR_ID, address: '大连市中山区人民路1号', phone: '13900000000' }] }));
}

async function refused(p: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code);
    return e;
  }
  assert.fail(`expected ${code}`);
}

describe('party access on the portal', () => {
  it('issues each party a code at filing, shown once, which opens their own case with their own ID number', async () => {
    const c = await fileWithPersonDebtor();
    assert.equal(c.queryCodes.length, 2);
    assert.deepEqual(c.queryCodes.map((q) => q.partyRole).sort(), ['applicant', 'debtor']);
    for (const q of c.queryCodes) assert.match(q.code, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // Only a hash is kept.
    const kept = await t.store.database.db.selectFrom('party_query_codes').selectAll().where('case_id', '=', c.id).execute();
    assert.equal(kept.length, 2);
    for (const k of kept) assert.ok(c.queryCodes.every((q) => !k.code_hash.includes(q.code.replaceAll('-', ''))));

    const applicant = c.queryCodes.find((q) => q.partyRole === 'applicant')!;
    // Half-width brackets, lower case and no hyphens are all accepted.
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber.replace('（', '(').replace('）', ')'), idNumber: APPLICANT_ID.toLowerCase(), queryCode: applicant.code.replaceAll('-', '').toLowerCase() }, CLIENT);
    assert.equal(session.party.role, 'applicant');
    assert.match(session.token, /^zxp_/);
    const principal = await authenticateParty(t.ctx, session.token);
    assert.equal(principal?.caseId, c.id);

    // The debtor's code does not open the case with the applicant's ID number, nor the reverse.
    const debtor = c.queryCodes.find((q) => q.partyRole === 'debtor')!;
    await refused(openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: APPLICANT_ID, queryCode: debtor.code }, CLIENT), 'PORTAL_ACCESS_DENIED');
    // Another case's number with this party's code: denied, and that is all that is said.
    const other = await fileWithPersonDebtor('王五');
    await refused(openPartySession(t.ctx, { caseNumber: other.caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code }, CLIENT), 'PORTAL_ACCESS_DENIED');
    await refused(openPartySession(t.ctx, { caseNumber: '（2026）辽0202执99999号', idNumber: APPLICANT_ID, queryCode: applicant.code }, CLIENT), 'PORTAL_ACCESS_DENIED');

    // Every access is in the case's history, with the client's address.
    const judge = await t.actor('judge.zs');
    const granted = (await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'portalAccessGranted');
    assert.equal(granted.length, 1);
    assert.match(JSON.stringify(granted[0]), /203\.0\.113\.7/);

    await closePartySession(t.ctx, principal);
    assert.equal(await authenticateParty(t.ctx, session.token), null);
  });

  it('locks the case for every party after three wrong codes, until the lock runs out', async () => {
    const c = await fileWithPersonDebtor();
    const debtor = c.queryCodes.find((q) => q.partyRole === 'debtor')!;
    const wrong = { caseNumber: c.caseNumber, idNumber: DEBTOR_ID, queryCode: 'AAAA-AAAA-AAAA' };
    await refused(openPartySession(t.ctx, wrong, CLIENT), 'PORTAL_ACCESS_DENIED');
    // A code that cannot be one (a look-alike 0) counts as wrong too.
    await refused(openPartySession(t.ctx, { ...wrong, queryCode: 'AAAA-AAAA-AAA0' }, CLIENT), 'PORTAL_ACCESS_DENIED');
    await refused(openPartySession(t.ctx, wrong, CLIENT), 'PORTAL_ACCESS_DENIED');
    // Now even the right code of another party of the case is refused, saying until when.
    const applicant = c.queryCodes.find((q) => q.partyRole === 'applicant')!;
    const locked = await refused(openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code }, CLIENT), 'PORTAL_ACCESS_LOCKED');
    assert.equal(locked.details?.['lockedUntil'], new Date(t.clock.now().getTime() + PORTAL_LOCKOUT.lockMs).toISOString());
    const judge = await t.actor('judge.zs');
    assert.equal((await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'portalAccessLocked').length, 1);

    t.clock.advanceMs(PORTAL_LOCKOUT.lockMs + 1000);
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: DEBTOR_ID, queryCode: debtor.code }, CLIENT);
    assert.equal(session.party.name, '李四');
  });

  it('a reissued code replaces the old one and ends the sessions opened with it; only the case\'s court may reissue', async () => {
    const c = await fileWithPersonDebtor();
    const applicant = c.queryCodes.find((q) => q.partyRole === 'applicant')!;
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code }, CLIENT);
    const clerk = await t.actor('clerk.zs');
    await refused(reissueQueryCode(t.ctx, await t.actor('judge.xg'), c.id, applicant.partyId), 'NOT_FOUND');
    await refused(reissueQueryCode(t.ctx, await t.actor('president.zs'), c.id, applicant.partyId), 'FORBIDDEN');
    const fresh = await reissueQueryCode(t.ctx, clerk, c.id, applicant.partyId);
    assert.notEqual(fresh.code, applicant.code);
    assert.equal(await authenticateParty(t.ctx, session.token), null);
    await refused(openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: APPLICANT_ID, queryCode: applicant.code }, CLIENT), 'PORTAL_ACCESS_DENIED');
    const again = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: APPLICANT_ID, queryCode: fresh.code }, CLIENT);
    assert.equal(again.party.role, 'applicant');
    const events = (await listCaseEvents(t.ctx, clerk, c.id)).items.filter((e) => e.action === 'queryCodeIssued');
    assert.equal(events.length, 1);
    // The event records that a code was issued, never the code.
    assert.doesNotMatch(JSON.stringify(events[0]), new RegExp(fresh.code.replaceAll('-', '-?')));
  });

  it('shows the party their own case: public nodes only, other parties by name and role only', async () => {
    const c = await fileWithPersonDebtor();
    const chief = await t.actor('chief.zs');
    const judge = await t.actor('judge.zs');
    let v = (await actOnCase(t.ctx, chief, c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version })).version;
    v = (await actOnCase(t.ctx, judge, c.id, { action: { type: 'serveNotice', servedOn: '2026-11-30' }, expectedVersion: v })).version;
    // An internal act — reading a party's full ID number — must not reach the portal.
    await revealPartyId(t.ctx, judge, c.id, c.parties.find((p) => p.partyRole === 'debtor')!.id, '核对身份');
    await actOnCase(t.ctx, judge, c.id, { action: { type: 'stay', ground: '案外人提出异议', since: '2026-11-30' }, expectedVersion: v });

    const debtorCode = c.queryCodes.find((q) => q.partyRole === 'debtor')!;
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: DEBTOR_ID, queryCode: debtorCode.code }, CLIENT);
    const view = await partyCaseView(t.ctx, (await authenticateParty(t.ctx, session.token))!);
    assert.equal(view.caseNumber, c.caseNumber);
    assert.deepEqual(view.you, { name: '李四', role: 'debtor' });
    assert.equal(view.handler, judge.displayName);
    assert.deepEqual(
      view.timeline.map((n) => n.kind),
      ['filed', 'handlerAssigned', 'noticeServed', 'suspended'],
    );
    assert.equal(view.claimTotal, '152150.00');
    assert.deepEqual(view.money, { received: '0.00', paidToYou: '0.00', paidOut: '0.00' });
    // Voluntary performance: 152,150.00 owed since 2025-06-16; 532 days to 2026-11-30 at 0.0175 % a day
    // on the money debt (法释〔2014〕8号 art. 1): 15,215,000 fen × 0.000175 × 532 = 1,416,516.5 → 1,416,517 fen.
    assert.equal(view.performance?.moneyDebt, '152150.00');
    assert.equal(view.performance?.doubledInterest, '14165.17');
    assert.equal(view.performance?.outstanding, '166315.17');
    assert.equal(view.performance?.asOf, '2026-11-30');
    assert.match(view.performance?.accountNumber ?? '', /^\d{6}2026\d{6}$/);
    // Nothing private of anyone: no ID numbers (full or masked), addresses, phones or staff summaries.
    const json = JSON.stringify(view);
    for (const secret of [APPLICANT_ID, DEBTOR_ID, '1101**********002X', '大连市中山区人民路1号', '13800000000', '13900000000', '核对身份', '案外人提出异议']) assert.ok(!json.includes(secret), `leaks ${secret}`);
    assert.deepEqual(view.parties.map((p) => [p.name, p.role, p.you]), [
      ['张伟', 'applicant', false],
      ['李四', 'debtor', true],
    ]);
  });

  it('downloads the rulings and plans served on the parties of their own case, never a notice to an institution', async () => {
    const c = await fileWithPersonDebtor();
    const other = await fileWithPersonDebtor('王五');
    const judge = await t.actor('judge.zs');
    const stored = async (caseId: string, kind: 'controlRuling' | 'assistanceNotice', number: string) => {
      const content = Buffer.from(`PK-stand-in-for-${number}`);
      const id = randomUUID();
      await t.store.database.db
        .insertInto('case_documents')
        .values({ id, court_id: '210202', case_id: caseId, kind, number, issued_on: '2026-11-30', title: kind === 'controlRuling' ? '执行裁定书' : '协助执行通知书', sha256: createHash('sha256').update(content).digest('hex'), content, control_id: null, institution_id: null, created_by: judge.userId, created_at: t.clock.now() })
        .execute();
      return { id, content };
    };
    const ruling = await stored(c.id, 'controlRuling', `${c.caseNumber}之一`);
    const notice = await stored(c.id, 'assistanceNotice', `${c.caseNumber}之二`);
    const elsewhere = await stored(other.id, 'controlRuling', `${other.caseNumber}之一`);
    const code = c.queryCodes.find((q) => q.partyRole === 'debtor')!;
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: DEBTOR_ID, queryCode: code.code }, CLIENT);
    const party = (await authenticateParty(t.ctx, session.token))!;
    const view = await partyCaseView(t.ctx, party);
    assert.deepEqual(view.documents.map((d) => [d.id, d.kind, d.title]), [[ruling.id, 'controlRuling', '执行裁定书']]);
    const file = await downloadPartyDocument(t.ctx, party, ruling.id);
    assert.ok(Buffer.from(file.body).equals(ruling.content));
    assert.equal(file.filename, `${c.caseNumber}之一执行裁定书.docx`);
    await refused(downloadPartyDocument(t.ctx, party, notice.id), 'NOT_FOUND');
    await refused(downloadPartyDocument(t.ctx, party, elsewhere.id), 'NOT_FOUND');
    const events = (await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'portalDocumentDownloaded');
    assert.equal(events.length, 1);
  });
});
