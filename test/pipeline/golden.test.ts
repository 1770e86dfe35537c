// The whole 2010 section, both outputs, against the checked-in golden Markdown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline.ts';
import { DATA, ROOT, tempDir } from '../support/data.ts';

const GOLDEN = join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md');

// Builds 2010 into a fresh folder and returns the paths written.
async function build2010(formats: ('md' | 'docx')[]) {
  const outDir = tempDir();
  const result = await build({ year: 2010, dataDir: DATA, outDir, cwd: ROOT, formats, templateDirs: [], headingLevel: 1 });
  expect(result.diagnostics).toEqual([]);
  return outDir;
}

// Reads the paragraphs' text from word/document.xml.
function docxParagraphs(bytes: Uint8Array): { style: string; text: string }[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(p)?.[1] ?? '',
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

describe('build 2010', () => {
  it('writes the golden Markdown byte for byte', async () => {
    const out = await build2010(['md']);
    expect(readFileSync(join(out, 'wspolpraca-miedzynarodowa-2010.md'), 'utf8')).toBe(readFileSync(GOLDEN, 'utf8'));
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
