import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attachmentLabel, sniffAttachmentType } from './attachment-type.js';

const bytes = (...b: number[]) => Uint8Array.from([...b, 0, 0, 0, 0]);

describe('attachment types come from the bytes, not the name', () => {
  const table: Array<[string, Uint8Array, string, string | null]> = [
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'photo.png', 'image/jpeg'],
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'x', 'image/png'],
    ['PDF', new TextEncoder().encode('%PDF-1.7\n'), 'scan.pdf', 'application/pdf'],
    ['Word document', bytes(0x50, 0x4b, 0x03, 0x04), '异议书.DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['a ZIP that is not .docx', bytes(0x50, 0x4b, 0x03, 0x04), 'archive.zip', null],
    ['an executable named .jpg', bytes(0x4d, 0x5a, 0x90, 0x00), 'photo.jpg', null],
    ['HTML named .pdf', new TextEncoder().encode('<html><script>'), 'a.pdf', null],
    ['an empty file', new Uint8Array(0), 'a.png', null],
  ];
  for (const [name, data, fileName, expected] of table) it(name, () => assert.equal(sniffAttachmentType(data, fileName), expected));
});

describe('attachment labels', () => {
  const table: Array<[string, string]> = [
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\张三\\房产证.jpg', '房产证.jpg'],
    ['a\u0000b\nc"<d>.pdf', 'abcd.pdf'],
    ['..', '附件'],
    ['   ', '附件'],
    ['x'.repeat(150), 'x'.repeat(100)],
  ];
  for (const [input, expected] of table) it(JSON.stringify(input.slice(0, 30)), () => assert.equal(attachmentLabel(input), expected));
});
