// A real consumer: LibreOffice headless turns the 2010 DOCX into PDF, and the PDF's text holds the whole section in order.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA, ROOT, tempDir } from '../support/data.ts';
import { run } from './docx-parts.ts';

const GOLDEN = join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md');
const STEM = 'wspolpraca-miedzynarodowa-2010';

// Tells whether a program runs here.
function installed(program: string, args: string[]): boolean {
  return spawnSync(program, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

const LIBREOFFICE = installed('soffice', ['--version']) && installed('pdftotext', ['-v']);
if (!LIBREOFFICE)
  console.warn(
    'SKIPPED: LibreOffice (soffice) or poppler (pdftotext) is not installed, so the DOCX -> PDF tests do not run. Install libreoffice-writer-nogui and poppler-utils (.ci/run does).',
  );

// Folds the text of a PDF or of Markdown for comparison: line breaks and runs of spaces (no-break ones too) become one space.
function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Returns the paragraphs of the golden Markdown, the heading without its "#".
function goldenParagraphs(): string[] {
  return readFileSync(GOLDEN, 'utf8')
    .trim()
    .split(/\n\n/)
    .map((block) => folded(block.replace(/^#+ /, '')));
}

// Checks that each paragraph appears in the text, each after the one before; returns the paragraphs not found in order.
function missingInOrder(text: string, paragraphs: string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const paragraph of paragraphs) {
    const at = text.indexOf(paragraph, from);
    if (at < 0) missing.push(paragraph);
    else from = at + paragraph.length;
  }
  return missing;
}

// Extracts the text of a PDF with pdftotext.
function pdfText(pdf: string): string {
  return folded(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
}

describe.skipIf(!LIBREOFFICE)('LibreOffice reads the 2010 DOCX', () => {
  // one conversion, which both checks read: `build --format md,docx,pdf` writes the DOCX and has LibreOffice headless
  // (soffice --convert-to pdf) turn that DOCX into the PDF
  let cwd = '';
  let built: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    cwd = tempDir();
    built = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'md,docx,pdf'], cwd, process.env);
  }, 90_000);

  it('writes the PDF itself with --format pdf, beside the Markdown and the DOCX', () => {
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(
      /^out\/wspolpraca-miedzynarodowa-2010\.md \(3\.4 kB\)\nout\/wspolpraca-miedzynarodowa-2010\.docx \(11\.5 kB\)\nout\/wspolpraca-miedzynarodowa-2010\.pdf \(\d+\.\d kB\)\n$/,
    );
    expect(
      readFileSync(join(cwd, 'out', `${STEM}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('converts the DOCX to a PDF whose text holds every paragraph of the section in order', () => {
    expect(missingInOrder(pdfText(join(cwd, 'out', `${STEM}.pdf`)), goldenParagraphs())).toEqual([]);
  });
});

// (Where soffice is looked for, and what is said when it is in none of the places, is test/write/pdf.test.ts's.)
describe.skipIf(process.platform === 'win32')('--format pdf when LibreOffice fails', () => {
  it('says so, exits 2 without a stack trace and writes nothing, not even the other formats', async () => {
    const cwd = tempDir();
    const soffice = join(cwd, 'soffice');
    writeFileSync(soffice, '#!/bin/sh\necho "Error: no export filter" >&2\nexit 1\n', { mode: 0o755 });
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'md,docx,pdf', '--soffice', soffice], cwd, {
      PATH: '/usr/bin:/bin',
    });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `coop-report: LibreOffice (${soffice}) did not convert the DOCX to PDF (exit code 1).\nIt said: Error: no export filter\n`,
    });
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
