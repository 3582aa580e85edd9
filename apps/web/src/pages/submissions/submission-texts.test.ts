/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { translate } from '../../i18n/i18n-context.js';
import { actKey, dueForKey, formatSize, hintKey, overdueDays, replyLabelKey, statusKey } from './submission-texts.js';

const zh = (key: Parameters<typeof translate>[1]) => translate('zh', key);

describe('the words of the affairs hall', () => {
  it('names each act as the court says it for the kind', () => {
    assert.equal(zh(actKey('objection', 'register', { status: 'received', mayFile: true })), '立案');
    assert.equal(zh(actKey('complaint', 'register', { status: 'received', mayFile: true })), '受理');
    assert.equal(zh(actKey('appointment', 'register', { status: 'received', mayFile: true })), '确认预约');
    // An online filing request is answered by filing it — by those who may file cases.
    assert.equal(zh(actKey('filingRequest', 'answer', { status: 'received', mayFile: true })), '立案并答复');
    assert.equal(zh(actKey('filingRequest', 'answer', { status: 'received', mayFile: false })), '答复');
    // An objection refused after registration is dismissed (执行异议复议规定 art. 2).
    assert.equal(zh(actKey('objection', 'notAccept', { status: 'received', mayFile: false })), '不予受理');
    assert.equal(zh(actKey('objection', 'notAccept', { status: 'registered', mayFile: false })), '驳回申请');
    assert.equal(zh(replyLabelKey('objection', 'notAccept', 'registered')), '驳回理由');
    assert.equal(zh(hintKey('appointment', 'notAccept', { status: 'received', fileCase: false })).includes('释放'), true);
  });

  it('says where each stands and what its next deadline is for', () => {
    assert.equal(zh(statusKey('objection', 'received')), '待立案');
    assert.equal(zh(statusKey('complaint', 'registered')), '已受理，办理中');
    assert.equal(zh(statusKey('filingRequest', 'answered', { filed: true })), '已立案');
    assert.equal(zh(statusKey('appointment', 'answered')), '已接待');
    assert.equal(zh(statusKey('objection', 'notAccepted', { registered: true })), '已驳回');
    assert.equal(zh(statusKey('complaint', 'notAccepted', { registered: false })), '不予受理');
    assert.equal(zh(dueForKey('objection', 'register')), '立案期限');
    assert.equal(zh(dueForKey('appointment', 'register')), '确认期限');
    assert.equal(zh(dueForKey('propertyClue', 'answer')), '答复期限');
    assert.equal(translate('en', dueForKey('complaint', 'register')), 'Accept by');
  });

  it('counts days overdue and sizes files', () => {
    assert.deepEqual([overdueDays(-2), overdueDays(0), overdueDays(3), overdueDays(null)], [2, null, null, null]);
    assert.deepEqual([formatSize(16), formatSize(2048), formatSize(40 * 1024), formatSize(3 * 1024 * 1024)], ['16 B', '2.0 KB', '40 KB', '3.0 MB']);
  });
});
