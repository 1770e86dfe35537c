// Real readers of a DOCX of tracked changes (`diff 2010 2011 --format docx`): LibreOffice accepting every change gives
// the 2011 section, rejecting every change the 2010 one as published; pandoc's reader sees the same insertions and
// deletions. The 2010 section is published first, then 2011 opened and two facts changed, as an analyst would.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyData, editRecord, ROOT, tempDir } from '../support/data.ts';
import { runMain } from '../validate/run.ts';
import { part } from './docx-parts.ts';

const SCRIPT = join(ROOT, 'test', 'support', 'libreoffice-revisions.py');
const DOCX = 'out/wspolpraca-miedzynarodowa-2011-zmiany-od-2010.docx';

// Tells whether a program runs here.
function installed(program: string, args: string[]): boolean {
  return spawnSync(program, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

const PANDOC = installed('pandoc', ['--version']);
const LIBREOFFICE = installed('soffice', ['--version']) && installed('/usr/bin/python3', ['-c', 'import uno']);
if (!PANDOC) console.warn('SKIPPED: pandoc is not installed, so its reading of tracked changes is not checked. Install pandoc (.ci/run does).');
if (!LIBREOFFICE)
  console.warn(
    'SKIPPED: LibreOffice or its Python bridge is not installed, so accepting and rejecting tracked changes in it is not checked. Install libreoffice-writer-nogui and python3-uno (.ci/run does).',
  );

// Folds text for comparison: the paragraphs that have text, each with its runs of spaces (no-break ones too) as one space.
function paragraphs(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^#+ /, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

let project = '';

beforeAll(async () => {
  const data = copyData();
  project = join(data, '..');
  const run = async (...args: string[]) => expect((await runMain(args, project)).exit, args.join(' ')).toBe(0);
  await run('publish', '2010');
  await run('new-year', '2011');
  editRecord(data, 'bodies/enaro.yaml', (doc) =>
    doc.set('changes', doc.createNode([{ from: '2011', members: { euStates: 22, countries: ['switzerland', 'norway'] } }])),
  );
  editRecord(data, 'bodies/scifa.yaml', (doc) => doc.setIn(['participations', 0, 'to'], '2011-06'));
  await run('build', '2011', '--format', 'md', '--out', 'later');
  await run('diff', '2010', '2011', '--format', 'docx');
}, 120_000);

/** The text LibreOffice shows of the DOCX after accepting, and after rejecting, every change, by the action. */
let shown: Record<string, string> | undefined;

// Opens the DOCX in one LibreOffice, which accepts every change in one copy and rejects every change in another.
function libreOfficeShows(): Record<string, string> {
  shown ??= Object.fromEntries(
    execFileSync('/usr/bin/python3', [SCRIPT, join(project, DOCX), 'accept,reject', tempDir()], { encoding: 'utf8', timeout: 170_000 })
      .split('\f')
      .slice(1)
      .map((part) => [part.slice(0, part.indexOf('\n')), part.slice(part.indexOf('\n') + 1)]),
  );
  return shown;
}

/** The 2011 section as built, and the 2010 section as published, paragraph by paragraph. */
const later = () => paragraphs(readFileSync(join(project, 'later', 'wspolpraca-miedzynarodowa-2011.md'), 'utf8'));
const earlier = () => paragraphs(readFileSync(join(project, 'published', 'wspolpraca-miedzynarodowa-2010.md'), 'utf8'));

describe('a DOCX of tracked changes', () => {
  it('marks each change with coop-report as its author and the end of 2011 as its date', () => {
    const xml = part(readFileSync(join(project, DOCX)), 'word/document.xml');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="coop-report" w:date="2011-12-31T12:00:00Z"><w:r><w:t xml:space="preserve">22<\/w:t>/);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="coop-report" w:date="2011-12-31T12:00:00Z"><w:r><w:delText xml:space="preserve">15<\/w:delText>/);
  });

  it.skipIf(!PANDOC).each([
    ['accept', later],
    ['reject', earlier],
  ] as const)('pandoc --track-changes=%s gives the section of that side', (mode, expected) => {
    const text = execFileSync('pandoc', [`--track-changes=${mode}`, '-t', 'plain', '--wrap=none', join(project, DOCX)], { encoding: 'utf8' });
    const markdown = execFileSync('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none'], { input: expected().join('\n\n'), encoding: 'utf8' });
    expect(paragraphs(text)).toEqual(paragraphs(markdown));
  });

  it.skipIf(!PANDOC)('pandoc --track-changes=all sees the insertions and deletions', () => {
    const text = execFileSync('pandoc', ['--track-changes=all', '-t', 'markdown', '--wrap=none', join(project, DOCX)], { encoding: 'utf8' });
    expect(text).toContain('[15]{.deletion author="coop-report" date="2011-12-31T12:00:00Z"}[22]{.insertion author="coop-report" date="2011-12-31T12:00:00Z"}');
    expect(text).toMatch(/\[Do\sczerwca\s2011\sr\.\suczestniczyli\steż\sw\spracach\sgrupy\sSCIFA\.\s?\]\{\.insertion author="coop-report"/);
  });

  it.skipIf(!LIBREOFFICE).each([
    ['accept', later],
    ['reject', earlier],
  ] as const)(
    'LibreOffice, asked to %s every change, shows the section of that side',
    (mode, expected) => {
      expect(paragraphs(libreOfficeShows()[mode]!)).toEqual(expected());
    },
    180_000,
  );
});
