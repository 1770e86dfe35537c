// The DOCX's zip (src/write/docx/package.ts, src/write/docx/read-zip.ts, both fflate): the entries read back in the
// order given, every one deflated and dated alike whatever the time zone, and the limits a reference's parts are read within.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { thrown } from '../support/messages.ts';
import { pack, zipTime } from '../../src/write/docx/package.ts';
import { openZip } from '../../src/write/docx/read-zip.ts';
import { zipEntries } from './docx-parts.ts';

const PARTS = {
  'word/document.xml': '<w:document>Współpraca międzynarodowa</w:document>',
  '_rels/.rels': '<Relationships/>',
  '[Content_Types].xml': '<Types/>'.repeat(50),
  'empty.xml': new Uint8Array(0),
};

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('pack', () => {
  const archive = pack(PARTS, new Date('2010-12-31T12:00:00Z'));

  it('reads back, entry for entry: [Content_Types].xml, then _rels/.rels, then the rest in the order given', () => {
    const read = unzipSync(archive);
    expect(Object.keys(read)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'empty.xml']);
    for (const [path, data] of Object.entries(PARTS))
      expect(Buffer.from(read[path]!).equals(Buffer.from(typeof data === 'string' ? strToU8(data) : data))).toBe(true);
  });

  it('deflates every entry, the empty one too, and dates each as given', () => {
    expect(zipEntries(archive).map((e) => [e.name, e.method, e.time])).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'empty.xml'].map((name) => [name, 8, '2010-12-31T12:00:00']),
    );
  });

  it.each(['America/New_York', 'Asia/Tokyo', 'UTC'])('writes the same bytes in the time zone %s', (tz) => {
    process.env.TZ = tz;
    expect(Buffer.from(pack(PARTS, new Date('2010-12-31T12:00:00Z'))).equals(Buffer.from(archive))).toBe(true);
  });
});

describe('zipTime', () => {
  it.each([
    ['noon UTC on 31 December 2010', '2010-12-31T12:00:00Z', '2010-12-31T12:00:00'],
    ['an odd second, rounded down to two', '2015-06-01T08:30:45Z', '2015-06-01T08:30:44'],
    ['before 1980: the earliest a zip holds', '1970-01-01T00:00:00Z', '1980-01-01T00:00:00'],
    ['after 2099: the latest a zip holds', '2150-01-01T00:00:00Z', '2099-12-31T23:59:58'],
  ])('%s', (_what, iso, expected) => {
    expect(zipEntries(pack({ 'a.xml': '<a/>' }, new Date(iso)))[0]!.time).toBe(expected);
    expect(zipTime(new Date(iso)).getFullYear()).toBe(Number(expected.slice(0, 4)));
  });
});

describe('openZip', () => {
  const zip = (files: Record<string, string>, level: 0 | 6 = 6) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level });

  it.each([
    ['deflated', 6],
    ['stored', 0],
  ] as const)('reads a %s part asked for, and says which parts it has', (_, level) => {
    const opened = openZip(zip({ 'a.xml': '<a>Urząd</a>', 'b.xml': '<b/>' }, level));
    expect([opened.has('a.xml'), opened.has('b.xml'), opened.has('c.xml')]).toEqual([true, true, false]);
    expect(new TextDecoder().decode(opened.read('a.xml'))).toBe('<a>Urząd</a>');
    expect(opened.read('c.xml')).toBeUndefined();
  });

  it.each([
    ['bytes that are not a zip', new TextEncoder().encode('not a zip at all, just text'), 'it is not a zip archive'],
    ['an empty file', new Uint8Array(0), 'it is not a zip archive'],
  ])('refuses %s', (_, bytes, message) => {
    expect(thrown(() => openZip(bytes))).toContain(message);
  });
});
