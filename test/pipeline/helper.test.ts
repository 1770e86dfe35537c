// The helper thread makes of a year exactly what the main thread makes of it, parses record files as the main thread
// parses them (and a data folder parsed on two threads loads as on one), answers each job it is sent, and reports a
// bug in it as an error with the thread's message.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { YearJob } from '../../src/pipeline/year-text.ts';
import { findRecordFiles, parseFiles } from '../../src/load/index.ts';
import type { Parsed } from '../../src/load/parse-file.ts';
import { check } from '../../src/pipeline/index.ts';
import { localYearWriter, parseOnTwoThreads, startHelper, THREAD_FROM, type YearWriter } from '../../src/pipeline/helper.ts';
import { parseReferenceDoc } from '../../src/write/docx/reference.ts';
import { copyFolder, DATA, ROOT, tempDir } from '../support/data.ts';

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
async function thread(...args: Parameters<typeof startHelper>): Promise<YearWriter> {
  const writer = await startHelper(...args);
  writers.push(writer);
  return writer;
}

describe('the helper thread', () => {
  it.each<[string, YearJob['makes'], boolean]>([
    ['the Markdown', { md: true, docx: false }, false],
    ['the DOCX', { md: false, docx: true }, false],
    ['both', { md: true, docx: true }, false],
    ['the DOCX with a reference document', { md: false, docx: true }, true],
  ])('makes %s as this thread does', async (_, makes, withReference) => {
    const job: YearJob = { markdown: MARKDOWN, docx: DOCX, makes };
    const here = await localYearWriter(withReference ? reference() : undefined).make(job);
    const there = await (await thread(withReference ? reference() : undefined)).make(job);
    expect(Object.keys(there).sort()).toEqual(Object.keys(here).sort());
    expect(there.md).toBe(here.md);
    expect(there.docx && Buffer.from(there.docx).equals(Buffer.from(here.docx!))).toBe(makes.docx || undefined);
  });

  it('answers each of the years sent at once with its own', async () => {
    const writer = await thread();
    const years = [2008, 2009, 2010, 2011, 2012];
    const made = await Promise.all(years.map((year) => writer.make({ markdown: `Rok ${year}.\n`, docx: DOCX, makes: { md: true, docx: false } })));
    expect(made.map((m) => m.md)).toEqual(years.map((year) => `Rok ${year}.\n`));
  });

  it('reports a bug in the thread with its message, and goes on with the next year', async () => {
    const writer = await thread();
    const broken = { markdown: MARKDOWN, docx: { ...DOCX, date: undefined }, makes: { md: false, docx: true } } as unknown as YearJob;
    const said = await localYearWriter()
      .make(broken)
      .catch((cause: Error) => cause.message);
    await expect(writer.make(broken)).rejects.toThrow(said as string);
    expect((await writer.make({ markdown: 'Dalej.\n', docx: DOCX, makes: { md: true, docx: false } })).md).toBe('Dalej.\n');
  });

  it('refuses a year once closed', async () => {
    const writer = await startHelper();
    await writer.close();
    await expect(writer.make({ markdown: MARKDOWN, docx: DOCX, makes: { md: true, docx: false } })).rejects.toThrow('The helper thread was closed.');
  });
});

/** Files that are not records, each with its own problem, put among the records. */
const BROKEN: [string, string | Buffer][] = [
  ['bodies/zz-syntax.yaml', 'name: {broken\n'],
  ['bodies/zz-tab.yaml', 'name:\n\tnom: Rada\n'],
  ['bodies/zz-empty.yaml', ''],
  ['bodies/zz-latin2.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xb3, 0x0a])],
  ['projects/zz-list.yaml', '- a\n- b\n'],
];

// Makes a data folder: the repository's, or `records` synthetic records, with the broken files among them.
function folder(records?: number): string {
  const data = tempDir();
  if (records === undefined) copyFolder(DATA, data);
  else execFileSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--records', String(records), '--out', data]);
  for (const [path, content] of BROKEN) writeFileSync(join(data, path), content);
  return data;
}

// What a parse gave, in a form to compare: each file's record (its data, and where its nodes start, found again in its
// text) and problems.
function comparable(parsed: Parsed[]) {
  return parsed.map(({ record, diagnostics }) => ({
    record: record && {
      id: record.id,
      kind: record.kind,
      file: record.file,
      data: record.data,
      nodes: record.positions().root,
      lines: record.positions().lineCounter.lineStarts,
    },
    diagnostics,
  }));
}

describe('parsing on two threads', () => {
  it.each([
    ['the data of the repository, in one chunk', undefined],
    ['600 records, in several chunks', 600],
  ])('gives what parsing on one gives, in order: %s', async (_, records) => {
    const { files } = findRecordFiles(folder(records), (path) => path);
    const one = parseFiles(files);
    expect(one.filter((file) => file.diagnostics.length)).toHaveLength(BROKEN.length);
    expect(comparable(await parseOnTwoThreads(files))).toEqual(comparable(one));
  });

  it(`checks a folder of ${THREAD_FROM} files or more, which it parses on two threads, as the preview's load on one does`, async () => {
    const data = folder(THREAD_FROM);
    const place = { dataDir: data, cwd: data };
    const twoThreads = await check(place);
    // the preview's load, which keeps the files it parsed, parses on this thread
    const oneThread = await check({ ...place, parsed: new Map() });
    expect(twoThreads.diagnostics.length).toBeGreaterThan(0);
    expect(twoThreads.diagnostics).toEqual(oneThread.diagnostics);
    expect(twoThreads.dataset?.records.map((r) => r.data)).toEqual(oneThread.dataset?.records.map((r) => r.data));
  }, 60_000);
});
