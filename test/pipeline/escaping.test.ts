// Values from the data that look like Markdown appear literally in both outputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { toString as plainText } from 'mdast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/pipeline/index.ts';
import { copyData, editRecord, ROOT, tempDir } from '../support/data.ts';
import { EN } from '../support/messages.ts';

const NAMES = ['Komisji *A* _B_', 'Komisji [C](http://x) <D>', 'Komisji #E & `F` \\G', 'Komisji ~~H~~ | I | **J**', '# Komisji K', '1. Komisji L'];

describe('Markdown characters in the data', () => {
  it.each(NAMES)('%s appears literally in the Markdown and the DOCX', async (name) => {
    const dataDir = copyData();
    editRecord(dataDir, 'bodies/polish-russian-commission.yaml', (doc) => doc.setIn(['name', 'gen'], name));
    const outDir = tempDir();
    const result = await build({ year: 2010, dataDir, outDir, cwd: ROOT, formats: ['md', 'docx'], templateDirs: [], headingLevel: 1, messages: EN });
    expect(result.diagnostics).toEqual([]);
    const markdown = readFileSync(join(outDir, 'wspolpraca-miedzynarodowa-2010.md'), 'utf8');
    const last = fromMarkdown(markdown).children.at(-1)!;
    expect(last.type).toBe('paragraph');
    expect(plainText(last).replace(/\u00a0/g, ' ')).toBe(`Ponadto przedstawiciel Urzędu bierze udział w pracach ${name}.`);
    const xml = strFromU8(unzipSync(readFileSync(join(outDir, 'wspolpraca-miedzynarodowa-2010.docx')))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const decoded = text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/\u00a0/g, ' ');
    expect(decoded).toContain(`w pracach ${name}.`);
  });
});
