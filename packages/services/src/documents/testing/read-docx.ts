/**
 * Test helpers that open a produced .docx without a zip library: the central directory
 * (APPNOTE.TXT §4.3.12) names each entry and its local header offset; entries are stored (0)
 * or deflated (8), which `node:zlib` inflates.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The text of entry `name` (e.g. `word/document.xml`); throws when it is missing. */
export function readZipEntry(zip: Buffer, name: string): string {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('corrupt central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localAt = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      if (zip.readUInt32LE(localAt) !== LOCAL) throw new Error('corrupt local header');
      const start = localAt + 30 + zip.readUInt16LE(localAt + 26) + zip.readUInt16LE(localAt + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`no entry ${name}`);
}

const ENTITIES: Readonly<Record<string, string>> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

/** One string per paragraph: the paragraph style id and its text with tags stripped. */
export function paragraphs(documentXml: string): { style: string; text: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('').replace(/&(lt|gt|quot|apos|amp);/g, (e) => ENTITIES[e] ?? e),
  }));
}

/** The document's text, one paragraph a line. */
export function documentText(docx: Buffer): string {
  return paragraphs(readZipEntry(docx, 'word/document.xml'))
    .map((p) => p.text)
    .join('\n');
}

/** Writes a sample to `test-results/documents/` (gitignored) for a person to open. */
export function writeSample(fileName: string, docx: Buffer): void {
  const path = join(import.meta.dirname, '../../../../../test-results/documents', fileName);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, docx);
  writeFileSync(path.replace(/\.docx$/, '.txt'), `${documentText(docx)}\n`);
}
