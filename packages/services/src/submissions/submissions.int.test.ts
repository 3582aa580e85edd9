/**
 * Portal submissions (issue 5) from the portal to the court's queue and back: receipt numbers,
 * statutory deadlines, attachments checked from their bytes, appointment seats, the acts open per
 * kind, an online filing request filed as a case in one transaction, and court scope.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError, zSubmissionRequest, type SubmissionRequest } from '@zhixing/contracts';
import { SLOT_SEATS } from '@zhixing/domain';
import { createTestContext, filingRequest, type TestContext } from '../testing/index.js';
import { fileCase } from '../cases/file-case.js';
import { listCaseEvents } from '../cases/list-case-events.js';
import { openPartySession } from '../portal/open-party-session.js';
import { authenticateParty } from '../portal/authenticate-party.js';
import { submit } from './submit.js';
import { followSubmission } from './follow-submission.js';
import { listAppointmentSlots, listPublicCourts } from './appointment-slots.js';
import { listSubmissions } from './list-submissions.js';
import { getSubmission } from './get-submission.js';
import { decideSubmission } from './decide-submission.js';
import { downloadSubmissionAttachment } from './download-submission-attachment.js';

let t: TestContext;
const CLIENT = { party: null, ip: '198.51.100.9' };
const PUBLIC = { name: '刘晓明', phone: '13912345678', role: 'public' as const };
// A tiny PNG: the signature is what counts.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]).toString('base64');

before(async () => {
  // Monday 2026-09-28: the National Day holiday (10-01 to 10-07) is inside the periods below.
  t = await createTestContext('2026-09-28T10:00:00+08:00');
});
after(() => t.close());

const request = (body: unknown): SubmissionRequest => zSubmissionRequest.parse(body);

async function refused(p: Promise<unknown>, code: string): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof AppError, String(e));
    assert.equal(e.code, code, e.message);
    return e;
  }
  assert.fail(`expected ${code}`);
}

async function fileOne() {
  return fileCase(t.ctx, await t.actor('clerk.zs'), filingRequest());
}

describe('portal submissions', () => {
  it('takes a property clue on a case by its number, with a receipt to follow and the 7-day check period', async () => {
    const c = await fileOne();
    const receipt = await submit(t.ctx, request({ kind: 'propertyClue', caseNumber: c.caseNumber, submitter: { ...PUBLIC, role: 'applicant' }, propertyType: 'vehicle', description: '被执行人名下有一辆白色轿车，停在公司楼下', attachments: [{ fileName: 'C:\\相册\\车.png', contentBase64: PNG }] }), CLIENT);
    assert.match(receipt.receiptNumber, /^XS2026-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    assert.equal(receipt.status, 'received');
    assert.equal(receipt.caseNumber, c.caseNumber);
    assert.equal(receipt.court.id, '210202');
    // 财产调查规定 art. 2: 7 days from 09-28 is 10-05, inside the holiday: due the first working day after.
    assert.equal(receipt.answerBy, '2026-10-08');
    assert.equal(receipt.submitterName, '刘*明');
    assert.equal(receipt.attachments, 1);
    // Following by the number as a person types it.
    const followed = await followSubmission(t.ctx, receipt.receiptNumber.toLowerCase().replaceAll('-', ' '));
    assert.deepEqual(followed, receipt);
    await refused(followSubmission(t.ctx, 'XS2026-22222-22222'), 'SUBMISSION_NOT_FOUND');
    await refused(followSubmission(t.ctx, 'not a number'), 'SUBMISSION_NOT_FOUND');

    // It is in the case's history.
    const judge = await t.actor('judge.zs');
    const events = (await listCaseEvents(t.ctx, judge, c.id)).items.filter((e) => e.action === 'submissionReceived');
    assert.equal(events.length, 1);
    assert.match(JSON.stringify(events[0]), /198\.51\.100\.9/);

    // The clerk reads it in the queue, opens the attachment (audited) and answers; the submitter sees the answer.
    const clerk = await t.actor('clerk.zs');
    const queue = await listSubmissions(t.ctx, clerk, { kind: 'propertyClue', state: 'open', limit: 50 });
    const item = queue.items.find((i) => i.receiptNumber === receipt.receiptNumber)!;
    assert.equal(item.dueFor, 'answer');
    assert.equal(item.daysLeft, 10);
    assert.ok(queue.counts.propertyClue >= 1);
    const detail = await getSubmission(t.ctx, clerk, item.id);
    assert.equal(detail.submitter.phone, '13912345678');
    assert.deepEqual(detail.actions, ['answer', 'notAccept']);
    assert.equal(detail.attachments[0]?.label, '车.png');
    const file = await downloadSubmissionAttachment(t.ctx, clerk, item.id, detail.attachments[0].id);
    assert.equal(file.contentType, 'image/png');
    assert.deepEqual(file.body, Buffer.from(PNG, 'base64'));
    const answered = await decideSubmission(t.ctx, clerk, item.id, { action: 'answer', reply: '经核查，该车辆已于10月8日查封。', fileCase: false, expectedVersion: detail.version });
    assert.equal(answered.status, 'answered');
    assert.deepEqual(answered.actions, []);
    const after = await followSubmission(t.ctx, receipt.receiptNumber);
    assert.equal(after.status, 'answered');
    assert.equal(after.reply, '经核查，该车辆已于10月8日查封。');
    assert.equal(after.answerBy, null);
    const actions = (await listCaseEvents(t.ctx, judge, c.id)).items.map((e) => e.action);
    assert.ok(actions.includes('submissionAnswer') && actions.includes('submissionAttachmentRead'));
    // Closed: nothing more, and a stale version is a conflict.
    await refused(decideSubmission(t.ctx, clerk, item.id, { action: 'answer', reply: '再答', fileCase: false, expectedVersion: answered.version }), 'RULE_VIOLATION');
    await refused(decideSubmission(t.ctx, clerk, item.id, { action: 'notAccept', reply: '旧版本', expectedVersion: detail.version }), 'VERSION_CONFLICT');
  });

  it('registers an objection within 3 days and has it decided within 15, counted from receipt (民诉法 art. 236)', async () => {
    const c = await fileOne();
    const receipt = await submit(t.ctx, request({ kind: 'objection', caseNumber: c.caseNumber, submitter: { ...PUBLIC, role: 'outsider', idNumber: '210202198001011238' }, objectionType: 'outsider', request: '请求解除对大连市中山区某房屋的查封', reasons: '该房屋系本人所有，已付清全款。' }), CLIENT);
    assert.match(receipt.receiptNumber, /^YY2026-/);
    // 3 days: 10-01, a holiday → 10-08; 15 days: 10-13.
    assert.equal(receipt.registerBy, '2026-10-08');
    assert.equal(receipt.answerBy, '2026-10-13');
    const judge = await t.actor('judge.zs');
    const queued = (await listSubmissions(t.ctx, judge, { kind: 'objection', state: 'open', limit: 50 })).items.find((i) => i.receiptNumber === receipt.receiptNumber)!;
    assert.equal(queued.dueFor, 'register');
    const detail = await getSubmission(t.ctx, judge, queued.id);
    assert.deepEqual(detail.actions, ['register', 'notAccept']);
    await refused(decideSubmission(t.ctx, judge, queued.id, { action: 'answer', reply: '先答复', fileCase: false, expectedVersion: detail.version }), 'RULE_VIOLATION');
    const registered = await decideSubmission(t.ctx, judge, queued.id, { action: 'register', reply: '已立案审查', expectedVersion: detail.version });
    assert.equal(registered.status, 'registered');
    assert.equal(registered.registerBy, null);
    assert.equal(registered.answerBy, '2026-10-13');
    assert.deepEqual(registered.actions, ['answer', 'notAccept']);
    const seen = await followSubmission(t.ctx, receipt.receiptNumber);
    assert.equal(seen.status, 'registered');
    assert.ok(seen.registeredAt);
    assert.equal(seen.reply, '已立案审查');
  });

  it('books an appointment seat, refuses the slot once full, and gives the seat back when refused', async () => {
    const { slots } = await listAppointmentSlots(t.ctx, '210203');
    // From the next working day after Monday 09-28.
    assert.equal(slots[0]?.slot, '2026-09-29T09:00');
    assert.equal(slots[0]?.free, SLOT_SEATS);
    const slot = slots[0].slot;
    const booked: Array<Awaited<ReturnType<typeof submit>>> = [];
    for (let i = 0; i < SLOT_SEATS; i += 1) booked.push(await submit(t.ctx, request({ kind: 'appointment', courtId: '210203', submitter: PUBLIC, slot, topic: '了解案件执行进展' }), CLIENT));
    assert.equal(booked[0]?.answerBy, '2026-09-29');
    assert.equal((await listAppointmentSlots(t.ctx, '210203')).slots[0]?.free, 0);
    await refused(submit(t.ctx, request({ kind: 'appointment', courtId: '210203', submitter: PUBLIC, slot, topic: '第三个' }), CLIENT), 'APPOINTMENT_SLOT_TAKEN');
    // Nothing of the refused one is kept.
    const kept = await t.store.database.db.selectFrom('portal_submissions').select('id').where('kind', '=', 'appointment').where('slot', '=', slot).execute();
    assert.equal(kept.length, SLOT_SEATS);
    // A slot not on offer (a holiday) is refused with the field named.
    const bad = await refused(submit(t.ctx, request({ kind: 'appointment', courtId: '210203', submitter: PUBLIC, slot: '2026-10-03T09:00', topic: '节假日' }), CLIENT), 'VALIDATION_FAILED');
    assert.match(JSON.stringify(bad.details), /slot/);

    const chief = await t.actor('chief.xg');
    const item = (await listSubmissions(t.ctx, chief, { kind: 'appointment', state: 'open', limit: 50 })).items.find((i) => i.receiptNumber === booked[0]!.receiptNumber)!;
    const detail = await getSubmission(t.ctx, chief, item.id);
    await decideSubmission(t.ctx, chief, item.id, { action: 'notAccept', reply: '该时段法官外出执行，请改约。', expectedVersion: detail.version });
    assert.equal((await listAppointmentSlots(t.ctx, '210203')).slots[0]?.free, 1);
    await refused(listAppointmentSlots(t.ctx, 'nope'), 'NOT_FOUND');
  });

  it('files the case from an online filing request and answers it with the case number, in one transaction', async () => {
    const application = filingRequest({ debtorName: '大连网申贸易有限公司' });
    const receipt = await submit(
      t.ctx,
      request({ kind: 'filingRequest', courtId: '210202', submitter: { ...PUBLIC, role: 'applicant', idNumber: '11010519491231002X' }, application: { cause: application.cause, basis: application.basis, applicants: application.applicants, debtors: application.debtors, claims: application.claims } }),
      CLIENT,
    );
    // 审限规定 art. 6: 7 days → 10-05, a holiday → 10-08.
    assert.equal(receipt.answerBy, '2026-10-08');
    const clerk = await t.actor('clerk.zs');
    const item = (await listSubmissions(t.ctx, clerk, { kind: 'filingRequest', state: 'open', limit: 50 })).items.find((i) => i.receiptNumber === receipt.receiptNumber)!;
    assert.match(item.summary, /张伟 申请执行 大连网申贸易有限公司/);
    const detail = await getSubmission(t.ctx, clerk, item.id);
    // A president may answer but not file: the filing is refused and nothing is answered.
    const president = await t.actor('president.zs');
    await refused(decideSubmission(t.ctx, president, item.id, { action: 'answer', reply: '准予立案', fileCase: true, expectedVersion: detail.version }), 'FORBIDDEN');
    assert.equal((await followSubmission(t.ctx, receipt.receiptNumber)).status, 'received');
    // A stale version rolls the filing back too: no case number is spent.
    const casesBefore = await t.store.database.db.selectFrom('cases').select('id').execute();
    await refused(decideSubmission(t.ctx, clerk, item.id, { action: 'answer', reply: '准予立案', fileCase: true, expectedVersion: detail.version + 1 }), 'VERSION_CONFLICT');
    assert.equal((await t.store.database.db.selectFrom('cases').select('id').execute()).length, casesBefore.length);

    const answered = await decideSubmission(t.ctx, clerk, item.id, { action: 'answer', reply: '符合立案条件，已立案。', fileCase: true, expectedVersion: detail.version });
    assert.equal(answered.status, 'answered');
    assert.ok(answered.filedCaseNumber);
    assert.equal(answered.queryCodes?.length, 2);
    const seen = await followSubmission(t.ctx, receipt.receiptNumber);
    assert.equal(seen.filedCaseNumber, answered.filedCaseNumber);
    const filed = await t.store.database.db.selectFrom('cases').select(['received_on', 'debtor_names']).where('id', '=', answered.filedCaseId!).executeTakeFirstOrThrow();
    // The application was received on the day it was submitted (民诉法解释 art. 480).
    assert.equal(filed.received_on, '2026-09-28');
    assert.equal(filed.debtor_names, '大连网申贸易有限公司');
    // Only a filing request can be filed.
    const complaint = await submit(t.ctx, request({ kind: 'complaint', courtId: '210202', submitter: PUBLIC, subject: 'act', content: '执行人员态度恶劣' }), CLIENT);
    const cItem = (await listSubmissions(t.ctx, clerk, { kind: 'complaint', state: 'open', limit: 50 })).items.find((i) => i.receiptNumber === complaint.receiptNumber)!;
    const cDetail = await getSubmission(t.ctx, clerk, cItem.id);
    await decideSubmission(t.ctx, clerk, cItem.id, { action: 'register', expectedVersion: cDetail.version });
    await refused(decideSubmission(t.ctx, clerk, cItem.id, { action: 'answer', reply: 'x', fileCase: true, expectedVersion: cDetail.version + 1 }), 'VALIDATION_FAILED');
  });

  it('starts a complaint\'s 60 days at its acceptance (信访工作条例)', async () => {
    const receipt = await submit(t.ctx, request({ kind: 'complaint', courtId: '210202', submitter: PUBLIC, subject: 'staff', staffName: '某执行员', content: '执行员收受当事人财物' }), CLIENT);
    assert.equal(receipt.registerBy, '2026-10-13');
    assert.equal(receipt.answerBy, null);
    const chief = await t.actor('chief.zs');
    const item = (await listSubmissions(t.ctx, chief, { kind: 'complaint', state: 'open', limit: 50 })).items.find((i) => i.receiptNumber === receipt.receiptNumber)!;
    t.clock.set('2026-09-30T09:00:00+08:00');
    try {
      const registered = await decideSubmission(t.ctx, chief, item.id, { action: 'register', expectedVersion: (await getSubmission(t.ctx, chief, item.id)).version });
      assert.equal(registered.answerBy, '2026-11-30');
    } finally {
      t.clock.set('2026-09-28T10:00:00+08:00');
    }
  });

  it('refuses what it cannot take, keeping nothing: a file that is not what it says, an unknown case, a missing court', async () => {
    const c = await fileOne();
    const before = await t.store.database.db.selectFrom('portal_submissions').select('id').execute();
    const html = Buffer.from('<html><script>alert(1)</script>').toString('base64');
    const refusedType = await refused(submit(t.ctx, request({ kind: 'propertyClue', caseNumber: c.caseNumber, submitter: PUBLIC, propertyType: 'deposit', description: '存款', attachments: [{ fileName: 'ok.png', contentBase64: PNG }, { fileName: '../../照片.jpg', contentBase64: html }] }), CLIENT), 'ATTACHMENT_TYPE_REFUSED');
    assert.equal(refusedType.details?.['fileName'], '照片.jpg');
    await refused(submit(t.ctx, request({ kind: 'objection', caseNumber: '（2026）辽0202执99999号', submitter: PUBLIC, objectionType: 'act', request: 'x', reasons: 'y' }), CLIENT), 'VALIDATION_FAILED');
    await refused(submit(t.ctx, request({ kind: 'objection', submitter: PUBLIC, objectionType: 'act', request: 'x', reasons: 'y' }), CLIENT), 'VALIDATION_FAILED');
    await refused(submit(t.ctx, request({ kind: 'complaint', submitter: PUBLIC, subject: 'other', content: 'x' }), CLIENT), 'VALIDATION_FAILED');
    await refused(submit(t.ctx, request({ kind: 'complaint', courtId: 'nowhere', submitter: PUBLIC, subject: 'other', content: 'x' }), CLIENT), 'VALIDATION_FAILED');
    await refused(submit(t.ctx, request({ kind: 'propertyClue', caseNumber: c.caseNumber, courtId: '210203', submitter: PUBLIC, propertyType: 'deposit', description: 'x' }), CLIENT), 'VALIDATION_FAILED');
    assert.equal((await t.store.database.db.selectFrom('portal_submissions').select('id').execute()).length, before.length);
    // The schema itself refuses a bad phone, an unknown kind and too many files.
    assert.equal(zSubmissionRequest.safeParse({ kind: 'complaint', courtId: '210202', submitter: { ...PUBLIC, phone: '12345' }, subject: 'other', content: 'x' }).success, false);
    assert.equal(zSubmissionRequest.safeParse({ kind: 'praise', courtId: '210202', submitter: PUBLIC }).success, false);
    assert.equal(zSubmissionRequest.safeParse({ kind: 'complaint', courtId: '210202', submitter: PUBLIC, subject: 'other', content: 'x', attachments: Array.from({ length: 6 }, () => ({ fileName: 'a.png', contentBase64: PNG })) }).success, false);
  });

  it('lets a party on the portal submit on their own case, and keeps each court to its own queue', async () => {
    const c = await fileOne();
    const code = c.queryCodes.find((q) => q.partyRole === 'applicant')!.code;
    const session = await openPartySession(t.ctx, { caseNumber: c.caseNumber, idNumber: '11010519491231002X', queryCode: code }, { ip: CLIENT.ip });
    const party = await authenticateParty(t.ctx, session.token);
    // The case number typed is not needed (nor used): the session names the case.
    const receipt = await submit(t.ctx, request({ kind: 'objection', submitter: { name: '张伟', phone: '13800000000', role: 'applicant' }, objectionType: 'act', request: '请求撤销终结本次执行程序的裁定', reasons: '被执行人尚有财产' }), { party, ip: CLIENT.ip });
    assert.equal(receipt.caseNumber, c.caseNumber);
    const row = await t.store.database.db.selectFrom('portal_submissions').select(['party_id', 'case_id']).where('receipt_number', '=', receipt.receiptNumber).executeTakeFirstOrThrow();
    assert.equal(row.party_id, party!.partyId);

    // 西岗 does not see 中山's submissions; the city supervisor sees them but cannot act.
    const xg = await t.actor('judge.xg');
    const id = (await listSubmissions(t.ctx, await t.actor('judge.zs'), { kind: 'objection', state: 'open', limit: 50 })).items.find((i) => i.receiptNumber === receipt.receiptNumber)!.id;
    assert.ok(!(await listSubmissions(t.ctx, xg, { state: 'open', limit: 200 })).items.some((i) => i.id === id));
    await refused(getSubmission(t.ctx, xg, id), 'OUT_OF_COURT_SCOPE');
    const city = await t.actor('supervisor.city');
    const seen = await getSubmission(t.ctx, city, id);
    assert.deepEqual(seen.actions, []);
    await refused(decideSubmission(t.ctx, city, id, { action: 'register', expectedVersion: seen.version }), 'FORBIDDEN');
    await refused(decideSubmission(t.ctx, await t.actor('judge.city'), id, { action: 'register', expectedVersion: seen.version }), 'OUT_OF_COURT_SCOPE');
    // The public court list names the city's courts.
    const { courts } = await listPublicCourts(t.ctx);
    assert.ok(courts.some((k) => k.id === '210202' && k.level === 'basic'));
  });
});
