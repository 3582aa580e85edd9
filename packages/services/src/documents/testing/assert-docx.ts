/** Assertions every document test makes: a zip, the title paragraph, the Chinese date, no full ID. */
import assert from 'node:assert/strict';
import { FULL_ID, FULL_ID_OF_OFFICER } from './fixtures.js';
import { paragraphs, readZipEntry } from './read-docx.js';

export interface OpenedDocx {
  readonly xml: string;
  readonly stylesXml: string;
  readonly text: string;
  readonly title: string;
}

export function openDocx(docx: Buffer): OpenedDocx {
  assert.equal(docx.subarray(0, 2).toString('latin1'), 'PK', 'a .docx is a zip file');
  const xml = readZipEntry(docx, 'word/document.xml');
  const paras = paragraphs(xml);
  return { xml, stylesXml: readZipEntry(docx, 'word/styles.xml'), text: paras.map((p) => p.text).join('\n'), title: paras.find((p) => p.style === 'DocumentTitle')?.text ?? '' };
}

export function assertCommon(doc: OpenedDocx, expected: { title: string; documentNumber: string; debtorName: string }): void {
  assert.equal(doc.title, expected.title);
  assert.ok(doc.text.startsWith('辽宁省大连市中山区人民法院\n'), 'court name on top');
  assert.ok(doc.text.includes(expected.documentNumber));
  assert.ok(doc.text.includes('（2026）辽0202执123号'), 'case number');
  assert.ok(doc.text.includes(expected.debtorName));
  assert.ok(doc.text.endsWith('辽宁省大连市中山区人民法院\n二〇二六年十一月二十八日\n（院印）'), 'signature block with the Chinese date');
  for (const full of [FULL_ID, FULL_ID_OF_OFFICER]) assert.ok(!doc.xml.includes(full), 'a full identity number is never printed');
  assert.match(doc.stylesXml, /w:eastAsia="仿宋"/, 'east-asian body font');
  assert.match(doc.stylesXml, /w:eastAsia="宋体"/, 'east-asian heading font');
  assert.match(doc.xml, /<w:pgSz w:w="11906" w:h="16838"/, 'A4 page');
}
