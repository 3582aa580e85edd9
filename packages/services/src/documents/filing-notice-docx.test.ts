import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '@zhixing/contracts';
import { buildFilingNoticeDocx, type FilingNoticeInput } from './filing-notice-docx.js';
import { assertCommon, openDocx } from './testing/assert-docx.js';
import { writeSample } from './testing/read-docx.js';

const BASE: FilingNoticeInput = {
  courtName: '辽宁省大连市中山区人民法院',
  caseNumber: '（2026）辽0202执123号',
  filedOn: '2026-11-28',
  party: { name: '张伟', role: 'applicant' },
  applicantNames: '张伟',
  basis: { issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初456号' },
  queryCode: 'K7QM3XWP9HDT',
  portalAddress: 'https://court.example/portal',
  issuedOn: '2026-11-28',
};

describe('buildFilingNoticeDocx', () => {
  it('tells the applicant the case number and prints their query code in groups of four', async () => {
    const docx = await buildFilingNoticeDocx(BASE);
    writeSample('filing-notice-applicant.docx', docx);
    const doc = openDocx(docx);
    assertCommon(doc, { title: '受理案件通知书', documentNumber: '（2026）辽0202执123号', debtorName: '张伟' });
    assert.ok(doc.text.includes('你（单位）申请执行大连市中山区人民法院（2025）辽0202民初456号一案'));
    assert.ok(doc.text.includes('已于二〇二六年十一月二十八日立案执行'));
    assert.ok(doc.text.includes('查询码：K7QM-3XWP-9HDT'));
    assert.ok(doc.text.includes('https://court.example/portal'));
  });

  it('gives the debtor a notice naming the applicant and the duty to perform', async () => {
    const doc = openDocx(await buildFilingNoticeDocx({ ...BASE, party: { name: '大连海星贸易有限公司', role: 'debtor' } }));
    assert.ok(doc.text.includes('执行立案告知书'));
    assert.ok(doc.text.includes('申请执行人张伟申请执行'));
    assert.ok(doc.text.includes('你（单位）应当自觉履行生效法律文书确定的义务'));
  });

  it('refuses a notice without a code', async () => {
    await assert.rejects(buildFilingNoticeDocx({ ...BASE, queryCode: ' ' }), (e: unknown) => e instanceof AppError && e.code === 'VALIDATION_FAILED');
  });
});
