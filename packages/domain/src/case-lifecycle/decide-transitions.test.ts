import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from './decide.js';
import type { CaseAction, Decision } from './case-action.js';
import type { Actor, CaseSnapshot } from './case-snapshot.js';
import { HANDLER, actor, createTestCase } from './case-fixtures.js';

const judge = actor('judge');
const officer = actor('officer');
const clerk = actor('clerk', 'u-clerk');
const chief = actor('bureau_chief', 'u-chief');
const president = actor('president', 'u-president');
const FULL_CHECKLIST = { consumptionRestrictionIssued: true, dishonestListingDecided: true, investigationExhausted: true, applicantInterviewed: true, whereaboutsSearched: true };
const stayed = { kind: 'stay' as const, since: '2025-10-10', ground: '案外人异议' };
const deferred = { kind: 'deferral' as const, since: '2025-10-10', until: '2025-11-10', ground: '提供担保' };

interface Transition {
  name: string;
  before: CaseSnapshot;
  action: CaseAction;
  by: Actor;
  today?: string;
  expect: Partial<CaseSnapshot>;
  basis: string;
}

const TRANSITIONS: Transition[] = [
  // 分案 (2006 期限规定 art. 2)
  { name: 'a judge assigns the first handler: filed → assigned', before: createTestCase(), action: { type: 'assignHandler', handlerId: HANDLER }, by: actor('judge', 'u-team-judge'), expect: { stage: 'assigned', handlerId: HANDLER }, basis: '第二条' },
  { name: 'the bureau chief assigns the first handler', before: createTestCase(), action: { type: 'assignHandler', handlerId: ' u-x ' }, by: chief, expect: { stage: 'assigned', handlerId: 'u-x' }, basis: '第二条' },
  { name: 'the president reassigns during investigation; the stage stays', before: createTestCase({ stage: 'investigating' }), action: { type: 'assignHandler', handlerId: 'u-new' }, by: president, expect: { stage: 'investigating', handlerId: 'u-new' }, basis: '第二条' },
  { name: 'the bureau chief reassigns a stayed case', before: createTestCase({ stage: 'disposing', suspension: stayed }), action: { type: 'assignHandler', handlerId: 'u-new' }, by: chief, expect: { handlerId: 'u-new', suspension: stayed }, basis: '第二条' },
  // 执行通知书 + 报告财产令 (民诉法解释 art. 480; 财产调查规定 art. 3)
  { name: 'the handler serves the notice: assigned → notified', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-09-01' }, by: judge, expect: { stage: 'notified', noticeServedOn: '2025-09-01' }, basis: '第四百八十条' },
  { name: 'an officer-handler serves the notice', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-10-15' }, by: officer, expect: { stage: 'notified', noticeServedOn: '2025-10-15' }, basis: '财产调查规定 第三条' },
  { name: 'a clerk serves the notice for the handler', before: createTestCase({ stage: 'assigned' }), action: { type: 'serveNotice', servedOn: '2025-09-03' }, by: clerk, expect: { stage: 'notified', noticeServedOn: '2025-09-03' }, basis: '第二百五十一条' },
  // Process steps
  { name: 'notified → investigating', before: createTestCase({ stage: 'notified' }), action: { type: 'startInvestigation' }, by: officer, expect: { stage: 'investigating' }, basis: '第二百五十三条' },
  { name: 'investigating → disposing', before: createTestCase({ stage: 'investigating' }), action: { type: 'startDisposal', reason: '查封房产一套，启动评估拍卖' }, by: judge, expect: { stage: 'disposing' }, basis: '第二百五十八条' },
  { name: 'investigating → disbursing (deducted deposits)', before: createTestCase({ stage: 'investigating' }), action: { type: 'startDisbursement' }, by: officer, expect: { stage: 'disbursing' }, basis: '法发〔2017〕6号' },
  { name: 'disposing → disbursing (auction proceeds)', before: createTestCase({ stage: 'disposing' }), action: { type: 'startDisbursement' }, by: chief, expect: { stage: 'disbursing' }, basis: '法发〔2017〕6号' },
  // 结案
  ...(['notified', 'investigating', 'disposing', 'disbursing'] as const).map(
    (stage): Transition => ({ name: `performed from ${stage}`, before: createTestCase({ stage }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-15' }, by: judge, expect: { stage: 'closed', closingMethod: 'performed', closedOn: '2025-10-15' }, basis: '第十四条' }),
  ),
  ...(['investigating', 'disposing'] as const).map(
    (stage): Transition => ({
      name: `终本 from ${stage} once every condition holds`,
      before: createTestCase({ stage }),
      action: { type: 'close', method: 'terminationForNow', reason: '未发现可供执行财产', on: '2025-12-02', checklist: FULL_CHECKLIST },
      by: judge,
      today: '2025-12-02',
      expect: { stage: 'closed', closingMethod: 'terminationForNow', closedOn: '2025-12-02' },
      basis: '第五百一十七条',
    }),
  ),
  ...(['filed', 'assigned', 'notified', 'investigating', 'disposing', 'disbursing'] as const).map(
    (stage): Transition => ({ name: `terminated from ${stage}`, before: createTestCase({ stage }), action: { type: 'close', method: 'terminated', reason: '申请人撤销申请', on: '2025-10-15' }, by: chief, expect: { stage: 'closed', closingMethod: 'terminated', closedOn: '2025-10-15' }, basis: '第二百六十八条' }),
  ),
  { name: 'terminated while stayed: the stay days leave the limit', before: createTestCase({ stage: 'investigating', suspension: stayed, excludedDays: 3 }), action: { type: 'close', method: 'terminated', reason: '被执行人死亡无遗产', on: '2025-10-15' }, by: judge, expect: { stage: 'closed', closingMethod: 'terminated', closedOn: '2025-10-15', suspension: null, excludedDays: 8 }, basis: '第二百六十八条' },
  ...(['filed', 'assigned', 'notified', 'investigating'] as const).flatMap((stage): Transition[] => [
    { name: `withdrawn from ${stage}`, before: createTestCase({ stage }), action: { type: 'close', method: 'withdrawn', reason: '重复立案', on: '2025-10-15' }, by: president, expect: { stage: 'closed', closingMethod: 'withdrawn', closedOn: '2025-10-15' }, basis: '执行程序解释 第二条' },
    { name: `rejected from ${stage}`, before: createTestCase({ stage }), action: { type: 'close', method: 'rejected', reason: '不符合受理条件', on: '2025-10-15' }, by: president, expect: { stage: 'closed', closingMethod: 'rejected', closedOn: '2025-10-15' }, basis: '第十四条' },
  ]),
  { name: 'withdrawn while deferred', before: createTestCase({ stage: 'notified', suspension: deferred }), action: { type: 'close', method: 'withdrawn', reason: '管辖异议成立', on: '2025-10-15' }, by: judge, expect: { stage: 'closed', closingMethod: 'withdrawn', closedOn: '2025-10-15', excludedDays: 5, suspension: null }, basis: '执行程序解释 第二条、第三条' },
  { name: 'not enforced: arbitral award (art. 248)', before: createTestCase({ stage: 'investigating', basisType: 'arbitralAward', nonLitigation: true }), action: { type: 'close', method: 'notEnforced', reason: '仲裁程序违法', on: '2025-10-15' }, by: judge, expect: { stage: 'closed', closingMethod: 'notEnforced', closedOn: '2025-10-15' }, basis: '民事诉讼法 第二百四十八条' },
  { name: 'not enforced: notarial deed (art. 249)', before: createTestCase({ stage: 'disbursing', basisType: 'notarialDeed', nonLitigation: true }), action: { type: 'close', method: 'notEnforced', reason: '公证债权文书确有错误', on: '2025-10-15' }, by: judge, expect: { stage: 'closed', closingMethod: 'notEnforced', closedOn: '2025-10-15' }, basis: '民事诉讼法 第二百四十九条' },
  { name: 'not enforced: limitation objection upheld (art. 481)', before: createTestCase({ stage: 'filed' }), action: { type: 'close', method: 'notEnforced', reason: '申请执行时效异议成立', on: '2025-10-15', reasonCode: 'limitationObjectionUpheld' }, by: chief, expect: { stage: 'closed', closingMethod: 'notEnforced', closedOn: '2025-10-15' }, basis: '民诉法解释 第四百八十一条' },
  { name: 'closing clears a pending extension request', before: createTestCase({ stage: 'investigating', pendingExtension: { months: 3, requestedOn: '2025-10-14', reason: 'x' } }), action: { type: 'close', method: 'performed', reason: '', on: '2025-10-15' }, by: judge, expect: { stage: 'closed', closingMethod: 'performed', closedOn: '2025-10-15', pendingExtension: null }, basis: '第十四条' },
  // 中止 / 暂缓 / 恢复
  { name: 'stay (中止)', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: ' 案外人对执行标的提出确有理由的异议 ', since: '2025-10-10' }, by: judge, expect: { suspension: { kind: 'stay', since: '2025-10-10', ground: '案外人对执行标的提出确有理由的异议' } }, basis: '第二百六十七条' },
  { name: 'stay before assignment by the bureau chief', before: createTestCase(), action: { type: 'stay', ground: '申请人表示可以延期执行', since: '2025-09-02' }, by: chief, expect: { stage: 'filed', suspension: { kind: 'stay', since: '2025-09-02', ground: '申请人表示可以延期执行' } }, basis: '第二百六十七条' },
  { name: 'a coded stay for a third party\'s objection cites art. 267 ¶1 item 2', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: '案外人王某对查封房产提出异议，理由成立', since: '2025-10-10', groundCode: 'thirdPartyObjection' }, by: judge, expect: { suspension: { kind: 'stay', since: '2025-10-10', ground: '案外人王某对查封房产提出异议，理由成立', groundCode: 'thirdPartyObjection' } }, basis: '民事诉讼法第二百六十七条第一款第（二）项' },
  { name: 'a coded stay for a retrial cites art. 217 and 执行工作规定 art. 59', before: createTestCase({ stage: 'disposing' }), action: { type: 'stay', ground: '（2025）辽民申12号民事裁定', since: '2025-10-10', groundCode: 'trialSupervision' }, by: judge, expect: { suspension: { kind: 'stay', since: '2025-10-10', ground: '（2025）辽民申12号民事裁定', groundCode: 'trialSupervision' } }, basis: '民事诉讼法第二百一十七条；执行工作规定第59条' },
  { name: 'a coded stay on transfer to bankruptcy review cites 民诉法解释 art. 511', before: createTestCase({ stage: 'investigating' }), action: { type: 'stay', ground: '经申请执行人同意移送审查', since: '2025-10-10', groundCode: 'bankruptcy' }, by: chief, expect: { suspension: { kind: 'stay', since: '2025-10-10', ground: '经申请执行人同意移送审查', groundCode: 'bankruptcy' } }, basis: '民诉法解释第五百一十一条' },
  { name: 'deferral of exactly one year (民诉法解释 art. 467)', before: createTestCase({ stage: 'disposing' }), action: { type: 'defer', ground: '提供执行担保并经申请执行人同意', since: '2025-10-10', until: '2026-10-10' }, by: judge, expect: { suspension: { kind: 'deferral', since: '2025-10-10', until: '2026-10-10', ground: '提供执行担保并经申请执行人同意' } }, basis: '第四百六十七条' },
  { name: 'resume a stay: since counts, resume day excluded → 10 days', before: createTestCase({ stage: 'investigating', suspension: stayed, excludedDays: 4 }), action: { type: 'resume', on: '2025-10-20' }, by: judge, today: '2025-10-20', expect: { suspension: null, excludedDays: 14 }, basis: '第九条第（九）项' },
  { name: 'resume the same day it was stayed excludes nothing', before: createTestCase({ stage: 'investigating', suspension: stayed }), action: { type: 'resume', on: '2025-10-10' }, by: chief, expect: { suspension: null, excludedDays: 0 }, basis: '第二百六十七条' },
  { name: 'resume a deferral within its term', before: createTestCase({ stage: 'disposing', suspension: deferred }), action: { type: 'resume', on: '2025-10-25' }, by: judge, today: '2025-10-25', expect: { suspension: null, excludedDays: 15 }, basis: '第九条第（十）项' },
  { name: 'resume a lapsed deferral: only the decided term is excluded', before: createTestCase({ stage: 'disposing', suspension: deferred }), action: { type: 'resume', on: '2025-11-30' }, by: judge, today: '2025-12-01', expect: { suspension: null, excludedDays: 31 }, basis: '第四百六十七条' },
  // 延长执行期限 (closing due 2026-03-02; window 2026-02-25 … 2026-03-02)
  { name: 'the handler requests 3 months on the first day of the window', before: createTestCase({ stage: 'investigating' }), action: { type: 'requestExtension', months: 3, reason: ' 房产拍卖尚未成交 ', requestedOn: '2026-02-25' }, by: judge, today: '2026-02-25', expect: { pendingExtension: { months: 3, requestedOn: '2026-02-25', reason: '房产拍卖尚未成交' } }, basis: '执行期限规定' },
  { name: 'the handler requests on the due date itself', before: createTestCase({ stage: 'disposing' }), action: { type: 'requestExtension', months: 1, reason: '评估中', requestedOn: '2026-03-02' }, by: officer, today: '2026-03-02', expect: { pendingExtension: { months: 1, requestedOn: '2026-03-02', reason: '评估中' } }, basis: '第五条' },
  { name: 'the president approves the first extension', before: createTestCase({ stage: 'disposing', pendingExtension: { months: 3, requestedOn: '2026-02-26', reason: 'x' } }), action: { type: 'approveExtension' }, by: president, today: '2026-03-02', expect: { extensionMonths: 3, pendingExtension: null }, basis: '第十四条' },
  { name: 'the president refuses an extension, even after expiry', before: createTestCase({ stage: 'disposing', pendingExtension: { months: 3, requestedOn: '2026-02-26', reason: 'x' } }), action: { type: 'rejectExtension', reason: '理由不充分' }, by: president, today: '2026-03-05', expect: { pendingExtension: null, extensionMonths: 0 }, basis: '第五条' },
];

describe('decide: every legal transition', () => {
  for (const t of TRANSITIONS) {
    it(t.name, () => {
      const result = decide(t.before, t.action, t.by, t.today ?? '2025-10-15');
      assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.messageEn}`);
      const d: Decision = result.value;
      assert.deepEqual(d.next, { ...t.before, ...t.expect });
      assert.ok(d.legalBasis.includes(t.basis), d.legalBasis);
      assert.ok(d.summaryZh.length > 0 && d.summaryEn.length > 0);
      assert.equal(d.reportToHighCourt, undefined);
    });
  }

  it('a further extension is flagged for reporting to the High Court (审理期限规定 art. 5)', () => {
    // Due after the first 3 months: 2025-09-01 + 9 months = 2026-06-01 (Monday).
    const before = createTestCase({ stage: 'disposing', extensionMonths: 3, pendingExtension: { months: 4, requestedOn: '2026-05-28', reason: '拍卖二拍' } });
    const result = decide(before, { type: 'approveExtension' }, actor('president', 'u-president'), '2026-05-29');
    assert.ok(result.ok);
    assert.equal(result.value.next.extensionMonths, 7);
    assert.equal(result.value.reportToHighCourt, true);
    assert.match(result.value.legalBasis, /层报高级人民法院备案/);
    assert.match(result.value.summaryZh, /层报高级人民法院备案/);
  });

  it('a coded stay names its statutory ground in the summary; an uncoded one only its reason', () => {
    const coded = decide(createTestCase({ stage: 'investigating' }), { type: 'stay', ground: '申请执行人书面同意', since: '2025-10-10', groundCode: 'applicantAgreesToDefer' }, judge, '2025-10-15');
    assert.ok(coded.ok);
    assert.equal(coded.value.summaryZh, '自 2025-10-10 起中止执行（申请人表示可以延期执行）：申请执行人书面同意');
    assert.equal(coded.value.summaryEn, 'Enforcement stayed from 2025-10-10 (The applicant has stated that enforcement may be postponed): 申请执行人书面同意');
    const uncoded = decide(createTestCase({ stage: 'investigating' }), { type: 'stay', ground: '申请执行人书面同意', since: '2025-10-10' }, judge, '2025-10-15');
    assert.ok(uncoded.ok);
    assert.equal(uncoded.value.summaryZh, '自 2025-10-10 起中止执行：申请执行人书面同意');
    assert.equal(uncoded.value.legalBasis, '民事诉讼法 第二百六十七条');
    assert.equal('groundCode' in uncoded.value.next.suspension!, false);
  });

  it('a summary of a closing without a reason has no trailing colon', () => {
    const result = decide(createTestCase({ stage: 'notified' }), { type: 'close', method: 'performed', reason: '  ', on: '2025-10-15' }, judge, '2025-10-15');
    assert.ok(result.ok);
    assert.equal(result.value.summaryZh, '2025-10-15 以“执行完毕”方式结案');
  });

  it('the first summary of a reassignment names both handlers', () => {
    const result = decide(createTestCase({ stage: 'notified' }), { type: 'assignHandler', handlerId: 'u-b' }, chief, '2025-10-15');
    assert.ok(result.ok);
    assert.match(result.value.summaryEn, /u-handler → u-b/);
  });
});
