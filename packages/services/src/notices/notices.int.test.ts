/**
 * What the court publishes on the portal besides the lists (issue 5): reward notices (悬赏公告) and
 * auction notices (拍卖公告) checked against their rules, live until withdrawn or past, a clue answering
 * a reward registered against it; and the 终本 case publication, gone once the case is resumed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { submit } from '../submissions/submit.js';
import { partyCaseView } from '../portal/party-case-view.js';
import { openPartySession } from '../portal/open-party-session.js';
import { authenticateParty } from '../portal/authenticate-party.js';
import { publishNotice } from './publish-notice.js';
import { withdrawNotice } from './withdraw-notice.js';
import { listCaseNotices, listPublicNotices } from './list-notices.js';
import { searchTerminatedCases } from '../public/search-terminated-cases.js';

let t: TestContext;
const DEBTOR_ID = '210202198001011238';

before(async () => {
  t = await createTestContext('2026-11-30T10:00:00+08:00');
});
after(() => t.close());

async function refused(p: Promise<unknown>, code: string, rule?: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof AppError && e.code === code && (rule === undefined || e.details?.['rule'] === rule));
}

async function personCase(name: string, filedOn?: string) {
  return fileCase(t.ctx, await t.actor('clerk.zs'), filingRequest({ ...(filedOn ? { filedOn } : {}), debtors: [{ kind: 'person', name, idNumber: DEBTOR_ID }] }));
}

describe('reward and auction notices', () => {
  it('publishes a reward notice on the applicant\'s application, takes clues against it, and withdraws it', async () => {
    const c = await personCase('钱七');
    const debtorPartyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    await refused(publishNotice(t.ctx, judge, c.id, { kind: 'reward', debtorPartyId, applicationReceivedOn: '2026-11-25', terms: { kind: 'percent', percent: 80 }, conditions: '提供线索' }), 'RULE_VIOLATION', 'REWARD_TERMS');
    await refused(publishNotice(t.ctx, await t.actor('clerk.zs'), c.id, { kind: 'reward', debtorPartyId, applicationReceivedOn: '2026-11-25', terms: { kind: 'fixed', amount: '5000' }, conditions: '提供线索' }), 'FORBIDDEN');
    await refused(publishNotice(t.ctx, await t.actor('judge.xg'), c.id, { kind: 'reward', debtorPartyId, applicationReceivedOn: '2026-11-25', terms: { kind: 'fixed', amount: '5000' }, conditions: '提供线索' }), 'OUT_OF_COURT_SCOPE');
    await refused(publishNotice(t.ctx, judge, c.id, { kind: 'reward', debtorPartyId: c.parties[0]!.id, applicationReceivedOn: '2026-11-25', terms: { kind: 'fixed', amount: '5000' }, conditions: '提供线索' }), 'VALIDATION_FAILED');

    const notice = await publishNotice(t.ctx, judge, c.id, { kind: 'reward', debtorPartyId, applicationReceivedOn: '2026-11-25', terms: { kind: 'fixed', amount: '5000.00' }, conditions: '提供本院尚未掌握的财产线索并使债权实现的', endsOn: '2027-05-30' });
    assert.equal(notice.title, '悬赏公告：查找被执行人钱七的财产');
    assert.deepEqual(notice.reward?.terms, { kind: 'fixed', amount: '5000.00' });
    assert.equal(notice.debtor.idMasked, '2102**********1238');
    const live = await listPublicNotices(t.ctx, { kind: 'reward', page: 1 });
    assert.ok(live.items.some((n) => n.id === notice.id));
    assert.ok(!JSON.stringify(live).includes(DEBTOR_ID), 'never the full ID number');

    // A clue answering the notice is registered against it; a notice of another case is refused.
    const clue = await submit(t.ctx, { kind: 'propertyClue', caseNumber: c.caseNumber, submitter: { name: '孙八', phone: '13700000000', role: 'public' }, propertyType: 'vehicle', description: '钱七开一辆黑色越野车', urgent: false, rewardNoticeId: notice.id, attachments: [] }, { party: null, ip: '127.0.0.1' });
    const kept = await t.store.database.db.selectFrom('portal_submissions').select(['reward_notice_id']).where('receipt_number', '=', clue.receiptNumber).executeTakeFirstOrThrow();
    assert.equal(kept.reward_notice_id, notice.id);
    const other = await personCase('周九');
    await refused(submit(t.ctx, { kind: 'propertyClue', caseNumber: other.caseNumber, submitter: { name: '孙八', phone: '13700000000', role: 'public' }, propertyType: 'vehicle', description: 'x', urgent: false, rewardNoticeId: notice.id, attachments: [] }, { party: null, ip: '127.0.0.1' }), 'VALIDATION_FAILED');

    const withdrawn = await withdrawNotice(t.ctx, await t.actor('chief.zs'), c.id, notice.id, '申请执行人撤回悬赏申请');
    assert.ok(withdrawn.withdrawnAt);
    assert.ok(!(await listPublicNotices(t.ctx, { kind: 'reward', page: 1 })).items.some((n) => n.id === notice.id));
    assert.equal((await listCaseNotices(t.ctx, judge, c.id)).items[0]?.withdrawnReason, '申请执行人撤回悬赏申请');
    await refused(withdrawNotice(t.ctx, judge, c.id, notice.id, '再撤一次'), 'NOT_FOUND');
  });

  it('checks an auction notice against the online-auction rules and shows it to the parties as disposal', async () => {
    const c = await personCase('吴十');
    const debtorPartyId = c.parties.find((p) => p.partyRole === 'debtor')!.id;
    const judge = await t.actor('judge.zs');
    const house = { kind: 'auction' as const, debtorPartyId, propertyKind: 'realEstate' as const, round: 1 as const, description: '大连市中山区人民路1号房屋', valuation: '1000000.00', startingPrice: '700000.00', deposit: '70000.00', startsAt: '2026-12-30T10:00:00+08:00', endsAt: '2026-12-31T10:00:00+08:00', platform: '人民法院诉讼资产网' };
    await refused(publishNotice(t.ctx, judge, c.id, { ...house, startsAt: '2026-12-29T10:00:00+08:00', endsAt: '2026-12-30T10:00:00+08:00' }), 'RULE_VIOLATION', 'AUCTION_NOTICE_PERIOD');
    await refused(publishNotice(t.ctx, judge, c.id, { ...house, startingPrice: '600000.00', deposit: '60000.00' }), 'RULE_VIOLATION', 'AUCTION_STARTING_PRICE');
    const notice = await publishNotice(t.ctx, judge, c.id, house);
    assert.equal(notice.auction?.startingPrice, '700000.00');
    assert.equal(notice.endsOn, '2026-12-31');
    assert.ok((await listPublicNotices(t.ctx, { kind: 'auction', page: 1 })).items.some((n) => n.id === notice.id));
    assert.ok(!(await listPublicNotices(t.ctx, { kind: 'reward', page: 1 })).items.some((n) => n.id === notice.id));
    // Past its end it is gone.
    t.clock.set('2027-01-01T10:00:00+08:00');
    try {
      assert.ok(!(await listPublicNotices(t.ctx, { kind: 'auction', page: 1 })).items.some((n) => n.id === notice.id));
    } finally {
      t.clock.set('2026-11-30T10:00:00+08:00');
    }
    const code = c.queryCodes.find((q) => q.partyRole === 'debtor')!.code;
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: DEBTOR_ID, queryCode: code }, { ip: '127.0.0.1' });
    const view = await partyCaseView(t.ctx, (await authenticateParty(t.ctx, session.token))!);
    assert.ok(view.timeline.some((n) => n.kind === 'disposal' && n.zh === '发布网络司法拍卖公告'));
  });
});

describe('终本 case publication', () => {
  it('finds a debtor of a 终本 case by name and ID fragment, masked; a case closed otherwise is not published', async () => {
    const c = await personCase('郑十一', '2026-06-01');
    const judge = await t.actor('judge.zs');
    let v = (await actOnCase(t.ctx, await t.actor('chief.zs'), c.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: c.version })).version;
    v = (await actOnCase(t.ctx, judge, c.id, { action: { type: 'serveNotice', servedOn: '2026-06-02' }, expectedVersion: v })).version;
    v = (await actOnCase(t.ctx, judge, c.id, { action: { type: 'startInvestigation' }, expectedVersion: v })).version;
    assert.equal((await searchTerminatedCases(t.ctx, { name: '郑十一', idFragment: '1238' })).items.length, 0, 'not before 终本');
    const closed = await actOnCase(t.ctx, judge, c.id, {
      action: { type: 'close', method: 'terminationForNow', reason: '无可供执行财产', on: '2026-11-30', checklist: { consumptionRestrictionIssued: true, dishonestListingDecided: true, investigationExhausted: true, applicantInterviewed: true, whereaboutsSearched: true } },
      expectedVersion: v,
    });
    const found = await searchTerminatedCases(t.ctx, { name: '郑十一', idFragment: '1238' });
    assert.equal(found.items.length, 1);
    assert.deepEqual(
      { ...found.items[0], caseNumber: undefined },
      { name: '郑十一', kind: 'person', idMasked: '2102**********1238', legalRepresentative: null, courtName: '大连市中山区人民法院', caseNumber: undefined, basisDocumentNumber: '（2025）辽0202民初456号', filedOn: '2026-06-01', terminatedOn: '2026-11-30', claimTotal: '152150.00', outstanding: '152150.00' },
    );
    // The name alone, or the wrong fragment, finds nothing.
    assert.equal((await searchTerminatedCases(t.ctx, { name: '郑十一', idFragment: '9999' })).items.length, 0);
    assert.equal((await searchTerminatedCases(t.ctx, { name: '郑十', idFragment: '1238' })).items.length, 0);
    // A case of the same debtor closed as performed is not a 终本 case: it is not published.
    const paid = await personCase('郑十一', '2026-06-01');
    let w = (await actOnCase(t.ctx, await t.actor('chief.zs'), paid.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: paid.version })).version;
    w = (await actOnCase(t.ctx, judge, paid.id, { action: { type: 'serveNotice', servedOn: '2026-06-02' }, expectedVersion: w })).version;
    await actOnCase(t.ctx, judge, paid.id, { action: { type: 'close', method: 'performed', reason: '已全部履行', on: '2026-11-30' }, expectedVersion: w });
    assert.deepEqual((await searchTerminatedCases(t.ctx, { name: '郑十一', idFragment: '1238' })).items.map((i) => i.caseNumber), [closed.caseNumber]);
  });
});
