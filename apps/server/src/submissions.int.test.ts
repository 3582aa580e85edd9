/**
 * Portal submissions over HTTP (issue 5): anyone may hand one in without logging in, a party with
 * their portal token submits on their own case, and every kind of bad input is a bilingual 4xx that
 * keeps nothing — a forged file type (415), bad Base64 or too many files (400), an oversized body
 * (413), an expired party token (401), a full slot (409). Following is by receipt number only, and
 * the court's answer reaches the submitter.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
let caseNumber = '';
let applicantCode = '';
const SUBMITTER = { name: '刘晓明', phone: '0411-82345678', role: 'public' };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]).toString('base64');

before(async () => {
  t = await createTestApp('2026-11-30T10:00:00+08:00');
  const clerk = await t.login('clerk.zs');
  const filed = await t.call(clerk, 'POST', '/api/v1/cases', filingRequest({}));
  assert.equal(filed.statusCode, 201, filed.body);
  const body = filed.json<{ caseNumber: string; queryCodes: Array<{ partyRole: string; code: string }> }>();
  caseNumber = body.caseNumber;
  applicantCode = body.queryCodes.find((c) => c.partyRole === 'applicant')!.code;
});
after(() => t.close());

const post = (body: unknown, token?: string) => t.agencyCall(token ?? null, 'POST', '/api/public/v1/submissions', body);
const count = async () => (await t.store.database.db.selectFrom('portal_submissions').select('id').execute()).length;

interface ErrorBody {
  code: string;
  messageZh: string;
  messageEn: string;
  details?: Record<string, unknown>;
}

describe('portal submissions over HTTP', () => {
  it('takes a complaint from anyone, and the court\'s answer reaches the submitter by receipt number', async () => {
    const courts = await t.call(null, 'GET', '/api/public/v1/courts');
    assert.equal(courts.statusCode, 200);
    assert.ok(courts.json<{ courts: Array<{ id: string }> }>().courts.some((c) => c.id === '210202'));
    const res = await post({ kind: 'complaint', courtId: '210202', caseNumber, submitter: SUBMITTER, subject: 'act', content: '执行人员未依法送达通知', attachments: [{ fileName: '截图.png', contentBase64: PNG }] });
    assert.equal(res.statusCode, 201, res.body);
    const receipt = res.json<{ receiptNumber: string; status: string; registerBy: string; submitterName: string }>();
    assert.match(receipt.receiptNumber, /^JB2026-/);
    assert.equal(receipt.submitterName, '刘*明');
    // No personal data in the follow view beyond the masked name.
    const followed = await t.call(null, 'GET', `/api/public/v1/submissions/${encodeURIComponent(receipt.receiptNumber)}`);
    assert.equal(followed.statusCode, 200);
    assert.ok(!followed.body.includes('0411-82345678') && !followed.body.includes('刘晓明'));

    const chief = await t.login('chief.zs');
    const queue = await t.call(chief, 'GET', '/api/v1/submissions?kind=complaint');
    const item = queue.json<{ items: Array<{ id: string; receiptNumber: string; daysLeft: number; dueFor: string }> }>().items.find((i) => i.receiptNumber === receipt.receiptNumber)!;
    assert.equal(item.dueFor, 'register');
    assert.equal(item.daysLeft, 15);
    const detail = (await t.call(chief, 'GET', `/api/v1/submissions/${item.id}`)).json<{ version: number; attachments: Array<{ id: string }> }>();
    const file = await t.call(chief, 'GET', `/api/v1/submissions/${item.id}/attachments/${detail.attachments[0]!.id}`);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/png');
    assert.equal(file.headers['x-content-type-options'], 'nosniff');
    assert.match(String(file.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''%E6%88%AA%E5%9B%BE\.png$/);
    const reg = await t.call(chief, 'POST', `/api/v1/submissions/${item.id}/decisions`, { action: 'register', reply: '已受理，将在60日内办结。', expectedVersion: detail.version });
    assert.equal(reg.statusCode, 200, reg.body);
    const regBody = reg.json<{ version: number; answerBy: string }>();
    assert.equal(regBody.answerBy, '2027-01-29');
    const answer = await t.call(chief, 'POST', `/api/v1/submissions/${item.id}/decisions`, { action: 'answer', reply: '经调查，已责令整改。', expectedVersion: regBody.version });
    assert.equal(answer.statusCode, 200, answer.body);
    const seen = (await t.call(null, 'GET', `/api/public/v1/submissions/${receipt.receiptNumber.toLowerCase()}`)).json<{ status: string; reply: string }>();
    assert.deepEqual([seen.status, seen.reply], ['answered', '经调查，已责令整改。']);
    const unknown = await t.call(null, 'GET', '/api/public/v1/submissions/JB2026-22222-22222');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json<ErrorBody>().code, 'SUBMISSION_NOT_FOUND');
  });

  it('lets a party submit on their own case with their portal token, and refuses an expired token', async () => {
    const login = await t.call(null, 'POST', '/api/public/v1/party-sessions', { caseNumber, idNumber: '11010519491231002X', queryCode: applicantCode });
    const { token } = login.json<{ token: string }>();
    const res = await post({ kind: 'propertyClue', submitter: { ...SUBMITTER, role: 'applicant' }, propertyType: 'realEstate', description: '被执行人在甘井子区有一套住房', urgent: true }, token);
    assert.equal(res.statusCode, 201, res.body);
    const receipt = res.json<{ caseNumber: string; answerBy: string }>();
    assert.equal(receipt.caseNumber, caseNumber);
    // Urgent: 3 days (财产调查规定 art. 2).
    assert.equal(receipt.answerBy, '2026-12-03');
    const before = await count();
    const stale = await post({ kind: 'propertyClue', submitter: SUBMITTER, propertyType: 'deposit', description: 'x' }, 'zxp_not-a-live-session');
    assert.equal(stale.statusCode, 401);
    assert.equal(stale.json<ErrorBody>().code, 'PORTAL_SESSION_INVALID');
    assert.equal(await count(), before);
  });

  it('refuses bad input of every shape with a bilingual 4xx and keeps nothing', async () => {
    const before = await count();
    const base = { kind: 'propertyClue', caseNumber, submitter: SUBMITTER, propertyType: 'deposit', description: '工资卡' };
    const table: Array<[string, unknown, number, string]> = [
      ['an executable named .jpg', { ...base, attachments: [{ fileName: 'photo.jpg', contentBase64: Buffer.from('MZ\x90\x00 not a picture').toString('base64') }] }, 415, 'ATTACHMENT_TYPE_REFUSED'],
      ['not Base64', { ...base, attachments: [{ fileName: 'a.png', contentBase64: '###' }] }, 400, 'VALIDATION_FAILED'],
      ['six files', { ...base, attachments: Array.from({ length: 6 }, () => ({ fileName: 'a.png', contentBase64: PNG })) }, 400, 'VALIDATION_FAILED'],
      ['an unknown kind', { ...base, kind: 'praise' }, 400, 'VALIDATION_FAILED'],
      ['a bad phone', { ...base, submitter: { ...SUBMITTER, phone: '110' } }, 400, 'VALIDATION_FAILED'],
      ['an unknown case', { ...base, caseNumber: '（2026）辽0202执99999号' }, 400, 'VALIDATION_FAILED'],
      ['a slot in the past', { kind: 'appointment', courtId: '210202', submitter: SUBMITTER, slot: '2026-11-01T09:00', topic: '了解进展' }, 400, 'VALIDATION_FAILED'],
      ['not JSON', '{"kind":', 400, 'MALFORMED_BODY'],
    ];
    for (const [name, body, status, code] of table) {
      const res = await post(body);
      assert.equal(res.statusCode, status, `${name}: ${res.body}`);
      const error = res.json<ErrorBody>();
      assert.equal(error.code, code, name);
      assert.ok(error.messageZh && error.messageEn, name);
    }
    const typeRefused = (await post(table[0]![1])).json<ErrorBody>();
    assert.equal(typeRefused.details?.['fileName'], 'photo.jpg');
    // A body beyond the route's limit (five 5 MB files as Base64 fit; this does not).
    const huge = await post({ ...base, description: 'x'.repeat(37 * 1024 * 1024) });
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json<ErrorBody>().code, 'PAYLOAD_TOO_LARGE');
    assert.equal(await count(), before);
  });

  it('books the last seat of a slot once: the next booking is a 409', async () => {
    const slots = (await t.call(null, 'GET', '/api/public/v1/courts/210202/appointment-slots')).json<{ slots: Array<{ slot: string; free: number }> }>().slots;
    // Monday 2026-11-30 → from Tuesday 12-01.
    assert.equal(slots[0]!.slot, '2026-12-01T09:00');
    const slot = slots[3]!.slot;
    const book = () => post({ kind: 'appointment', courtId: '210202', submitter: SUBMITTER, slot, topic: '约见承办法官' });
    const results = await Promise.all([book(), book(), book()]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [201, 201, 409]);
    assert.equal(results.find((r) => r.statusCode === 409)!.json<ErrorBody>().code, 'APPOINTMENT_SLOT_TAKEN');
    const after = (await t.call(null, 'GET', '/api/public/v1/courts/210202/appointment-slots')).json<{ slots: Array<{ slot: string; free: number }> }>().slots;
    assert.equal(after.find((s) => s.slot === slot)!.free, 0);
    assert.equal((await t.call(null, 'GET', '/api/public/v1/courts/nowhere/appointment-slots')).statusCode, 404);
  });
});
