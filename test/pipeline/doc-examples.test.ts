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
import { parseDocument, type YAMLMap } from 'yaml';
import { copyData, editRecord, ROOT, tempDir } from '../support/data.ts';
import { exampleData, examplesOf, GUIDES } from '../support/examples.ts';

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
/** A YAML block of a guide outside the examples above: the record file it shows, and its text. */
interface Block {
  doc: string;
  line: number;
  file: string;
  yaml: string;
}

/** The record a block headed by a kind's folder alone ("# bodies/<id>.yaml") is tried on. */
const STAND_IN: Record<string, string> = { 'bodies/<id>.yaml': 'bodies/enaro.yaml', 'projects/<id>.yaml': 'projects/reception-expert-teams.yaml' };

// Finds the YAML blocks of a guide outside "<!-- example -->" … "<!-- /example -->", each headed "# <file>" (a block
// in a list item is indented as the item is).
function blocksOf(doc: string): Block[] {
  const text = readFileSync(join(ROOT, doc), 'utf8').replace(/<!-- example -->[\s\S]*?<!-- \/example -->/g, (example) => example.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/^( *)```yaml\n([\s\S]*?)\n\1```/gm)].map((m) => {
    const yaml = m[2]!
      .split('\n')
      .map((l) => l.slice(m[1]!.length))
      .join('\n');
    const file = /^# ([^\s:,]+)/.exec(yaml)?.[1] ?? '';
    return { doc, line: text.slice(0, m.index).split('\n').length, file: STAND_IN[file] ?? file, yaml };
  });
}

// a block of comments alone (a record's first line, say) holds no field to check
const BLOCKS = GUIDES.flatMap(blocksOf).filter((block) => parseDocument(block.yaml).contents !== null);

describe('every other YAML block of the guides', () => {
  it.each(BLOCKS.map((block) => [`${block.doc}:${block.line} (${block.file || 'no file named'})`, block] as const))(
    '%s validates in the record it names',
    async (_name, block) => {
      expect(block.file).toMatch(/^(office|bodies\/[a-z0-9-]+|projects\/[a-z0-9-]+|countries\/[a-z0-9-]+|plans\/\d{4})\.yaml$/);
      const data = copyData();
      const path = join(data, block.file);
      mkdirSync(dirname(path), { recursive: true });
      if (existsSync(path)) {
        // each field the block shows takes the place of the record's own
        const shown = parseDocument(block.yaml);
        editRecord(data, block.file, (doc) => {
          for (const pair of (shown.contents as YAMLMap).items) doc.set(pair.key, pair.value);
        });
      } else writeFileSync(path, block.yaml);
      let stderr = '';
      const io = { stdout: { write: () => true, isTTY: false }, stderr: { write: (s: string) => (stderr += s), isTTY: false }, env: {}, cwd: ROOT };
      const exit = await main(['validate', '--data', data, '--quiet'], io);
      expect({ exit, errors: stderr.split('\n').filter((l) => / - error /.test(l)) }).toEqual({ exit: 0, errors: [] });
    },
  );
});
