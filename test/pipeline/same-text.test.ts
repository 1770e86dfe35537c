// The Markdown and the DOCX hold the same text, for any custom partial: raw HTML, code blocks, references, images,
// escapes and entities included (a partial that starts with "<div>" once lost its paragraph from the DOCX).
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString as plainText } from 'mdast-util-to-string';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import { buildSection } from '../../src/model/index.ts';
import { builtInTemplates } from '../../src/paths.ts';
import { check } from '../../src/pipeline/index.ts';
import { loadTemplates, renderSection, TemplateError } from '../../src/render/index.ts';
import { toDocx } from '../../src/write/docx/document.ts';
import { descendants } from '../../src/write/docx/dom.ts';
import { readXml } from '../../src/write/docx/xml-read.ts';
import { toMarkdownText } from '../../src/write/markdown.ts';
import { DATA, ROOT, tempDir } from '../support/data.ts';

/** Pieces a custom partial may be made of: Markdown and HTML that change how the text is read. */
const PIECES = [
  '<div>',
  '</div>',
  '<p>',
  '<span>x</span>',
  '<!-- uwaga -->',
  'Tekst',
  'Urząd',
  ' ',
  '\n',
  '\n\n',
  '\n    kod',
  '# ',
  '> ',
  '- ',
  '1. ',
  '*',
  '_',
  '`',
  '[a]',
  '[a]: http://x.pl',
  '![logo](l.png)',
  '&amp;',
  '&',
  '\\',
  '---',
  '<',
  '>',
  '"',
  '{{cap (form office.short "nom")}}',
  '{{@root.year}}',
];

// Returns the text of a DOCX's document.xml, run by run.
function docxText(docx: Uint8Array): string {
  const read = readXml(unzipSync(docx)['word/document.xml']!);
  if (!read.ok) throw new MessageError(read.message);
  return descendants(read.doc, 't')
    .map((t) => t.textContent)
    .join('');
}

// Leaves out white space, which the two formats lay out differently (line breaks, paragraph ends).
function words(text: string): string {
  return text.replace(/\s+/g, '');
}

const { dataset } = await check({ dataDir: DATA, cwd: ROOT });
const section = buildSection(dataset!, 2010);

// Renders the 2010 section with a custom opening partial; returns the text of the .md (read back) and of the .docx.
async function texts(opening: string): Promise<{ md: string; docx: string } | undefined> {
  const dir = tempDir();
  mkdirSync(join(dir, 'partials'));
  writeFileSync(join(dir, 'partials', 'opening.md.hbs'), opening);
  let tree;
  try {
    tree = renderSection(section, await loadTemplates([dir, builtInTemplates()], dir));
  } catch (error) {
    if (error instanceof TemplateError) return undefined;
    throw error;
  }
  const markdown = toMarkdownText(tree);
  const docx = await toDocx(tree, { title: 't', creator: 'c', subject: 's', headingLevel: 1, date: new Date('2010-12-31T12:00:00Z') });
  return { md: words(plainText(fromMarkdown(markdown))), docx: words(docxText(docx)) };
}

describe('the Markdown and the DOCX hold the same text', () => {
  it.each([
    ['a partial that starts with an HTML block', '<div>Urząd współpracuje</div> z partnerami.', 'Urząd współpracuje'],
    ['a partial that starts with a comment', '<!-- szkic --> Urząd współpracuje.', 'szkic'],
    ['a partial with inline HTML', 'Urząd <span>współpracuje</span>.', 'współpracuje'],
    ['a partial with an image', 'Urząd ![logo Urzędu](logo.png) współpracuje.', 'logoUrzędu'],
  ])('%s', async (_what, opening, kept) => {
    const found = (await texts(opening))!;
    expect(found.docx).toBe(found.md);
    expect(found.docx).toContain(words(kept));
    expect(found.docx).toContain(words('Urząd uczestniczy w projekcie'));
  });

  it('for any partial made of Markdown and HTML pieces', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), async (pieces) => {
        const found = await texts(pieces.join(''));
        if (found) expect(found.docx).toBe(found.md);
      }),
      { numRuns: 60 },
    );
    // each run writes a whole DOCX with docx, as a build does: a minute is not enough on a busy machine
  }, 180_000);
});
