// Byte-identical builds: the same data gives the same .docx and .md bytes; SOURCE_DATE_EPOCH sets every date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATA, tempDir } from '../support/data.ts';
import { part, run, zipEntries } from './docx-parts.ts';

const STEM = 'wspolpraca-miedzynarodowa-2010';

// Builds 2010 through the command line into a fresh folder; returns the bytes of the .md and .docx.
async function build2010(env: Record<string, string> = {}): Promise<{ md: Buffer; docx: Buffer }> {
  const cwd = tempDir();
  const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '-q'], cwd, env);
  expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  return { md: readFileSync(join(cwd, 'out', `${STEM}.md`)), docx: readFileSync(join(cwd, 'out', `${STEM}.docx`)) };
}

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('byte-identical builds', () => {
  it('writes the same .md and .docx bytes twice, in time zones half a day apart', async () => {
    process.env.TZ = 'America/New_York';
    const first = await build2010();
    process.env.TZ = 'Asia/Tokyo';
    const second = await build2010();
    expect(second.md.equals(first.md)).toBe(true);
    expect(second.docx.equals(first.docx)).toBe(true);
  });

  it('dates the zip entries and docProps/core.xml at noon UTC on 31 December of the year by default', async () => {
    const { docx } = await build2010();
    expect(new Set(zipEntries(docx).map((e) => e.time))).toEqual(new Set(['2010-12-31T12:00:00']));
    expect(part(docx, 'docProps/core.xml')).toMatch(
      /<dcterms:created xsi:type="dcterms:W3CDTF">2010-12-31T12:00:00Z<\/dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2010-12-31T12:00:00Z<\/dcterms:modified>/,
    );
  });

  it('uses SOURCE_DATE_EPOCH for core.xml and every zip entry', async () => {
    const { docx } = await build2010({ SOURCE_DATE_EPOCH: '1700000000' }); // 2023-11-14T22:13:20Z
    expect(new Set(zipEntries(docx).map((e) => e.time))).toEqual(new Set(['2023-11-14T22:13:20']));
    expect(part(docx, 'docProps/core.xml')).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>',
    );
  });

  it('clamps a SOURCE_DATE_EPOCH before 1980 to 1980-01-01 in the zip, where MS-DOS dates begin, but not in core.xml', async () => {
    const { docx } = await build2010({ SOURCE_DATE_EPOCH: '0' });
    expect(new Set(zipEntries(docx).map((e) => e.time))).toEqual(new Set(['1980-01-01T00:00:00']));
    expect(part(docx, 'docProps/core.xml')).toContain('>1970-01-01T00:00:00Z</dcterms:created>');
  });

  it('puts [Content_Types].xml first and _rels/.rels second, and deflates every entry', async () => {
    const entries = zipEntries((await build2010()).docx);
    expect(entries.slice(0, 2).map((e) => e.name)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    expect(entries.length).toBe(17);
    expect(entries.filter((e) => e.method !== 8)).toEqual([]);
  });

  it.each([
    ['a word', 'soon'],
    ['a negative number', '-1'],
    ['a fraction', '1.5'],
    ['a time past year 9999', '253402300800'],
  ])('refuses a SOURCE_DATE_EPOCH that is %s, with exit code 2 and nothing written', async (_, value) => {
    const cwd = tempDir();
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out'], cwd, { SOURCE_DATE_EPOCH: value });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      `coop-report: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, such as 1293796800; got "${value}".`,
    );
    expect(() => readFileSync(join(cwd, 'out', `${STEM}.md`))).toThrow(/ENOENT/);
  });
});
