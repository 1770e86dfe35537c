// The examples of the data format in both guides are built as they stand: each example's records are added to the data
// of this repository, each year it names is built to Markdown and DOCX, and each sentence it quotes for that year must
// stand in both outputs.
import { unzipSync } from 'fflate';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import { main } from '../../src/cli/main.ts';
import { descendants } from '../../src/write/docx/dom.ts';
import { readXml } from '../../src/write/docx/xml-read.ts';
import { copyData, editRecord, ROOT, tempDir } from '../support/data.ts';

/** An example of a guide: the record files it adds to, and the sentences it quotes, each with its year. */
interface Example {
  files: { path: string; yaml: string }[];
  /** Each sentence quoted for a year, and whether the section must lack it ("> **2010, without:** …"). */
  sentences: { year: number; text: string; absent: boolean }[];
}

// Finds the examples of a guide: the text between "<!-- example -->" and "<!-- /example -->", its YAML blocks each
// headed by "# <file>", and its quoted sentences "> **2017:** …".
function examplesOf(doc: string): Example[] {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(/<!-- example -->\n([\s\S]*?)<!-- \/example -->/g)].map(([, body]) => ({
    files: [...body!.matchAll(/```yaml\n# (\S+)[^\n]*\n([\s\S]*?)```/g)].map((m) => ({ path: m[1]!, yaml: m[2]! })),
    sentences: [...body!.matchAll(/^> \*\*(\d{4})(, without|, bez)?:\*\* (.+)$/gm)].map((m) => ({
      year: Number(m[1]),
      text: m[3]!,
      absent: m[2] !== undefined,
    })),
  }));
}

// Returns the text of a DOCX's document.xml, run by run, read with the XML parser the writer uses.
function docxText(docx: Uint8Array): string {
  const read = readXml(unzipSync(docx)['word/document.xml']!);
  if (!read.ok) throw new MessageError(read.message);
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

const CASES = ['docs/data-format.md', 'docs/pl/format-danych.md'].flatMap((doc) =>
  examplesOf(doc).map((example, index) => [`${doc}, example ${index + 1}`, example] as const),
);

describe('the examples of the guides', () => {
  it('are found in both guides', () => {
    expect(CASES.filter(([name]) => name.startsWith('docs/data-format.md')).length).toBeGreaterThanOrEqual(5);
    expect(CASES.filter(([name]) => name.startsWith('docs/pl/')).length).toBeGreaterThanOrEqual(5);
    for (const [, example] of CASES) expect(example.files.length * example.sentences.length).toBeGreaterThan(0);
  });

  it.each(CASES)('%s builds, and says what the guide quotes', async (_name, example) => {
    const data = copyData();
    for (const { path, yaml } of example.files) {
      const file = join(data, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, existsSync(file) ? `${readFileSync(file, 'utf8')}\n${yaml}` : yaml);
    }
    const years = [...new Set(example.sentences.map((s) => s.year))];
    editRecord(data, 'office.yaml', (doc) => doc.set('asOf', String(Math.max(...years))));
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
