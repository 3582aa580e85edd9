import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CsvCursor } from './bulk-rows.js';
import { ByteChunks } from './byte-chunks.js';

function records(text: string): string[][] {
  const cursor = new CsvCursor(text);
  const out: string[][] = [];
  while (cursor.next()) out.push([...cursor.fields]);
  return out;
}

describe('CsvCursor (RFC 4180)', () => {
  it('reads plain, quoted and doubled-quote fields, CRLF and LF, and skips blank lines', () => {
    const text = 'kind,id,name\r\nperson,210202198001011238,李四\r\n\r\n"organisation","91350100M000100Y43","大连""远洋"",渔业"\nperson,1,\n\n';
    assert.deepEqual(records(text), [
      ['kind', 'id', 'name'],
      ['person', '210202198001011238', '李四'],
      ['organisation', '91350100M000100Y43', '大连"远洋",渔业'],
      ['person', '1', ''],
    ]);
  });

  it('keeps a quoted line break inside the field and reads an unterminated quote to the end', () => {
    assert.deepEqual(records('a,"x\ny"\nb,"open'), [
      ['a', 'x\ny'],
      ['b', 'open'],
    ]);
  });

  it('reuses one array and empties it at the end', () => {
    const cursor = new CsvCursor('a,b\nc\n');
    assert.equal(cursor.next(), true);
    const first = cursor.fields;
    assert.equal(cursor.next(), true);
    assert.equal(cursor.fields, first);
    assert.deepEqual(cursor.fields, ['c']);
    assert.equal(cursor.next(), false);
    assert.deepEqual(cursor.fields, []);
  });

  it('reads back any table written with quoting', () => {
    const cell = fc.string({ maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { maxLength: 8 }), fc.boolean(), (rows, crlf) => {
        const text = rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join(crlf ? '\r\n' : '\n');
        assert.deepEqual(records(text), rows);
      }),
    );
  });
});

describe('ByteChunks', () => {
  it('writes integers, ASCII and UTF-8 text as the same bytes a string would encode to', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 80 })), { maxLength: 30 }), (parts) => {
        const out = new ByteChunks(16);
        let expected = '';
        for (const p of parts) {
          if (typeof p === 'number') out.uint(p);
          else if ([...p].every((c) => c.charCodeAt(0) < 128)) out.ascii(p);
          else out.text(p);
          expected += String(p);
        }
        assert.equal(out.take().toString('utf8'), expected);
      }),
    );
  });

  it('says when a chunk is full, grows for a long row and starts afresh after take()', () => {
    const out = new ByteChunks(8);
    out.ascii('1234567');
    assert.equal(out.full, false);
    out.byte(56);
    assert.equal(out.full, true);
    out.text('大连市中级人民法院');
    const first = out.take();
    assert.equal(first.toString('utf8'), '12345678大连市中级人民法院');
    assert.equal(out.length, 0);
    out.uint(0).uint(10).uint(907);
    assert.equal(out.take().toString(), '010907');
    // The first chunk is its own memory: writing on does not change it.
    out.ascii('xxxxxxxxxxxxxxxx');
    assert.equal(first.toString('utf8'), '12345678大连市中级人民法院');
  });
});
