import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STAY_GROUNDS } from '@zhixing/domain';
import { stayRemovalReason } from './stay-removal-ground.js';

/** Stay grounds as rulings word them, and whether 失信规定 art. 10 ¶1 item 5 deletes the listing. */
const CASES: Array<[string, ReturnType<typeof stayRemovalReason>]> = [
  ['上级法院按照审判监督程序裁定再审，中止原判决的执行', 'trialSupervision'],
  ['本院决定再审，裁定中止执行', 'trialSupervision'],
  ['最高人民法院提审本案', 'trialSupervision'],
  ['被执行人符合破产条件，经申请执行人同意移送破产审查，裁定中止执行', 'bankruptcy'],
  ['法院已受理对被执行人的破产申请（企业破产法第十九条）', 'bankruptcy'],
  ['申请人表示可以延期执行', null],
  ['案外人对执行标的提出确有理由的异议', null],
  ['作为一方当事人的公民死亡，需要等待继承人继承权利', null],
  ['被执行人的破产申请被驳回，不属于破产程序', null],
  ['非因再审中止，系申请人同意延期', null],
  ['', null],
];

describe('stayRemovalReason', () => {
  describe('without a code: read from the text', () => {
    for (const [ground, reason] of CASES) {
      it(`${ground || '(empty)'} → ${String(reason)}`, () => assert.equal(stayRemovalReason(ground), reason));
    }
  });
  describe('with a code: the code decides, whatever the text says', () => {
    for (const code of STAY_GROUNDS) {
      const expected = code === 'trialSupervision' || code === 'bankruptcy' ? code : null;
      it(`${code} → ${String(expected)}`, () => {
        assert.equal(stayRemovalReason('已受理对被执行人的破产申请；上级法院裁定再审', code), expected);
        assert.equal(stayRemovalReason('申请人表示可以延期执行', code), expected);
      });
    }
  });
});
