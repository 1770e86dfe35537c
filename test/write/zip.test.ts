// The zip writer of the DOCX (src/write/docx/zip.ts): what fflate and zip's own fields read back, and the entry time.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipTime } from '../../src/write/docx/package.ts';
import { deflate, zip } from '../../src/write/docx/zip.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('zip', () => {
  const entries = [
    { path: '[Content_Types].xml', data: bytes('<Types/>'.repeat(50)) },
    { path: 'word/document.xml', data: bytes('<w:document>Współpraca międzynarodowa</w:document>') },
    { path: 'empty.xml', data: new Uint8Array(0) },
  ];
  const archive = Buffer.from(zip(entries, zipTime(new Date('2010-12-31T12:00:00Z'))));

  it('reads back, entry for entry, in the order given', () => {
    const read = unzipSync(new Uint8Array(archive));
    expect(Object.keys(read)).toEqual(entries.map((e) => e.path));
    for (const { path, data } of entries) expect(Buffer.from(read[path]!).equals(Buffer.from(data))).toBe(true);
  });

  it('deflates every entry and dates it as given, in its local header', () => {
    const headers = [...archive.toString('latin1').matchAll(/PK\x03\x04/g)].map((m) => m.index!);
    expect(headers).toHaveLength(3);
    for (const at of headers) {
      expect(archive.readUInt16LE(at + 8)).toBe(8);
      expect([archive.readUInt16LE(at + 12), archive.readUInt16LE(at + 10)]).toEqual([(30 << 9) | (12 << 5) | 31, 12 << 11]);
    }
  });

  it('writes an entry deflated already exactly as one it deflates itself', () => {
    const ready = entries.map(({ path, data }, i) => (i === 1 ? { path, data } : { path, deflated: deflate(data) }));
    expect(Buffer.from(zip(ready, zipTime(new Date('2010-12-31T12:00:00Z')))).equals(archive)).toBe(true);
  });

  it('ends with the end of the central directory: three entries, where the directory starts', () => {
    const end = archive.length - 22;
    expect(archive.readUInt32LE(end)).toBe(0x06054b50);
    expect(archive.readUInt16LE(end + 10)).toBe(3);
    expect(archive.readUInt32LE(archive.readUInt32LE(end + 16))).toBe(0x02014b50);
  });
});

describe('zipTime', () => {
  it.each([
    ['noon UTC on 31 December 2010', '2010-12-31T12:00:00Z', '2010-12-31 12:00:00'],
    ['an odd second, rounded down to two', '2015-06-01T08:30:45Z', '2015-06-01 08:30:44'],
    ['before 1980: the earliest a zip holds', '1970-01-01T00:00:00Z', '1980-01-01 00:00:00'],
    ['after 2099: the latest a zip holds', '2150-01-01T00:00:00Z', '2099-12-31 23:59:58'],
  ])('%s', (_what, iso, expected) => {
    const { date, time } = zipTime(new Date(iso));
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(`${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`).toBe(
      expected,
    );
  });
});
