// The whole 2010 section, both outputs, as the shipped command writes them, against the checked-in golden Markdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATA, ROOT, tempDir } from '../support/data.ts';
import { expectGolden } from '../support/golden.ts';
import { run } from '../write/docx-parts.ts';

const GOLDEN = join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md');

// Builds 2010 with the bundle into a fresh folder and returns the folder.
async function build2010(formats: ('md' | 'docx')[]) {
  const outDir = tempDir();
  const built = await run(['build', '2010', '--data', DATA, '--out', outDir, '--format', formats.join(','), '--quiet'], ROOT);
  expect(built).toEqual({ code: 0, stdout: '', stderr: '' });
  return outDir;
}

// Reads the paragraphs' text from word/document.xml.
function docxParagraphs(bytes: Uint8Array): { style: string; text: string }[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  }));
}

describe('build 2010', () => {
  it('writes the golden Markdown byte for byte', async () => {
    const out = await build2010(['md']);
    expectGolden(readFileSync(join(out, 'wspolpraca-miedzynarodowa-2010.md'), 'utf8'), GOLDEN);
  });

  it('writes a DOCX whose paragraphs are the golden Markdown blocks, heading first', async () => {
    const out = await build2010(['docx']);
    const paragraphs = docxParagraphs(readFileSync(join(out, 'wspolpraca-miedzynarodowa-2010.docx')));
    const blocks = readFileSync(GOLDEN, 'utf8').trim().split(/\n\n/);
    expect(paragraphs.map((p) => p.text)).toEqual(blocks.map((b) => b.replace(/^# /, '')));
    expect(paragraphs[0]!.style).toBe('Heading1');
    expect(paragraphs.slice(1).every((p) => p.style === 'BodyText')).toBe(true);
  });
});
