// The examples of the data format in both guides are built as they stand: each example's records are added to the data
// of this repository, each year it names is built to Markdown and DOCX, and each sentence it quotes for that year must
// stand in both outputs.
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { descendants } from '../../src/write/docx/dom.ts';
import { readXml } from '../../src/write/docx/xml-read.ts';
import { ROOT, tempDir } from '../support/data.ts';
import { exampleData, examplesOf, GUIDES } from '../support/examples.ts';

// Returns the text of a DOCX's document.xml, run by run, read with the XML parser the writer uses.
function docxText(docx: Uint8Array): string {
  const read = readXml(unzipSync(docx)['word/document.xml']!);
  if (!read.ok) throw new Error(read.message);
  return descendants(read.doc, 't')
    .map((t) => t.textContent)
    .join('');
}

// Builds a year of a data folder through the command, and returns the Markdown and the DOCX text, spaces folded.
async function build(data: string, year: number): Promise<{ md: string; docx: string; stderr: string }> {
  const out = join(tempDir(), 'out');
  let stderr = '';
  const io = { stdout: { write: () => true, isTTY: false }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, env: {}, cwd: ROOT };
  const exit = await main(['build', String(year), '--data', data, '--out', out, '--format', 'md,docx', '--quiet'], io);
  if (exit !== 0) return { md: '', docx: '', stderr };
  const fold = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  const stem = join(out, `wspolpraca-miedzynarodowa-${year}`);
  return { md: fold(readFileSync(`${stem}.md`, 'utf8')), docx: fold(docxText(readFileSync(`${stem}.docx`))), stderr };
}

const CASES = GUIDES.flatMap((doc) => examplesOf(doc).map((example, index) => [`${doc}, example ${index + 1}`, example] as const));

describe('the examples of the guides', () => {
  it('are found in both guides', () => {
    expect(CASES.filter(([name]) => name.startsWith('docs/data-format.md')).length).toBeGreaterThanOrEqual(5);
    expect(CASES.filter(([name]) => name.startsWith('docs/pl/')).length).toBeGreaterThanOrEqual(5);
    for (const [, example] of CASES) expect(example.files.length * example.sentences.length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s builds, and says what the guide quotes', async (_name, example) => {
    const { data, years } = exampleData(example);
    for (const year of years) {
      const { md, docx, stderr } = await build(data, year);
      expect(stderr).toBe('');
      for (const { text, absent } of example.sentences.filter((s) => s.year === year)) {
        if (absent) {
          expect(md).not.toContain(text);
          expect(docx).not.toContain(text);
        } else {
          expect(md).toContain(text);
          expect(docx).toContain(text);
        }
      }
    }
  });
});
