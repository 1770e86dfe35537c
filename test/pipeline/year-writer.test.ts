// The writer thread makes of a year exactly what this thread makes of it, answers each year it is sent, and reports a
// bug in it as an error with the thread's message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { YearJob } from '../../src/pipeline/year-text.ts';
import { localYearWriter, startYearWriter, type YearWriter } from '../../src/pipeline/year-writer.ts';
import { parseReferenceDoc } from '../../src/write/docx/reference.ts';
import { ROOT } from '../support/data.ts';

const DOCX = {
  title: 'Współpraca międzynarodowa – 2010',
  creator: 'Urząd',
  subject: 'Sprawozdanie',
  headingLevel: 2,
  date: new Date(Date.UTC(2010, 11, 31, 12)),
};
const MARKDOWN = '## Współpraca międzynarodowa\n\nW 2010 r. Urząd uczestniczył w pracach _Rady_ -- i grupy "GDISC".\n\n- raz\n- dwa\n';

/** Reads the reference document of the fixtures, afresh: the first DOCX written with one edits its styles. */
function reference() {
  const read = parseReferenceDoc(new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'reference-doc', 'reference.docx'))));
  if (!read.ok) throw new Error('the fixture reference document cannot be read');
  return read.reference;
}

const writers: YearWriter[] = [];
afterEach(async () => {
  for (const writer of writers.splice(0)) await writer.close();
});
// Starts a writer thread that the test's end closes.
function thread(...args: Parameters<typeof startYearWriter>): YearWriter {
  const writer = startYearWriter(...args);
  writers.push(writer);
  return writer;
}

describe('the writer thread', () => {
  it.each<[string, YearJob['makes'], boolean]>([
    ['the Markdown', { md: true, docx: false }, false],
    ['the DOCX', { md: false, docx: true }, false],
    ['both', { md: true, docx: true }, false],
    ['the DOCX with a reference document', { md: false, docx: true }, true],
  ])('makes %s as this thread does', async (_, makes, withReference) => {
    const job: YearJob = { markdown: MARKDOWN, docx: DOCX, makes };
    const here = await localYearWriter(withReference ? reference() : undefined).make(job);
    const there = await thread(withReference ? reference() : undefined).make(job);
    expect(Object.keys(there).sort()).toEqual(Object.keys(here).sort());
    expect(there.md).toBe(here.md);
    expect(there.docx && Buffer.from(there.docx).equals(Buffer.from(here.docx!))).toBe(makes.docx || undefined);
  });

  it('answers each of the years sent at once with its own', async () => {
    const writer = thread();
    const years = [2008, 2009, 2010, 2011, 2012];
    const made = await Promise.all(years.map((year) => writer.make({ markdown: `Rok ${year}.\n`, docx: DOCX, makes: { md: true, docx: false } })));
    expect(made.map((m) => m.md)).toEqual(years.map((year) => `Rok ${year}.\n`));
  });

  it('reports a bug in the thread with its message, and goes on with the next year', async () => {
    const writer = thread();
    const broken = { markdown: MARKDOWN, docx: { ...DOCX, date: undefined }, makes: { md: false, docx: true } } as unknown as YearJob;
    const said = await localYearWriter()
      .make(broken)
      .catch((cause: Error) => cause.message);
    await expect(writer.make(broken)).rejects.toThrow(said as string);
    expect((await writer.make({ markdown: 'Dalej.\n', docx: DOCX, makes: { md: true, docx: false } })).md).toBe('Dalej.\n');
  });

  it('refuses a year once closed', async () => {
    const writer = startYearWriter();
    await writer.close();
    await expect(writer.make({ markdown: MARKDOWN, docx: DOCX, makes: { md: true, docx: false } })).rejects.toThrow('The writer thread was closed.');
  });
});
