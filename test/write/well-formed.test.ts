// Every XML part of the DOCX parses with a real XML parser (saxes, with namespaces), whatever text the tree and the
// properties hold: controls, noncharacters, lone surrogates, XML's own characters, any code point.
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PhrasingContent, Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { toDocx } from '../../src/write/docx/document.ts';
import { parseReferenceDoc, type ReferenceDoc } from '../../src/write/docx/reference.ts';
import { ROOT } from '../support/data.ts';

const RUNS = { numRuns: 100 };

// Text as hostile data may hold it.
function textArbitrary() {
  const special = fc.string({
    unit: fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      ']]>',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0007',
      '\u001b',
      '\u007f',
      '\u0085',
      '\uD800',
      '\uDFFF',
      '\uFFFE',
      '\uFFFF',
      '\uFDD0',
      '\u{1FFFE}',
      '\u202E',
      'ł',
      'a',
      ' ',
    ),
  });
  return fc.oneof(special, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));
}

// Inline content: text, emphasis, strong and line breaks.
function inlineArbitrary(): fc.Arbitrary<PhrasingContent[]> {
  const text = textArbitrary().map((value): PhrasingContent => ({ type: 'text', value }));
  const marked = fc
    .tuple(fc.constantFrom('emphasis' as const, 'strong' as const), textArbitrary())
    .map(([type, value]): PhrasingContent => ({ type, children: [{ type: 'text', value }] }));
  return fc.array(fc.oneof(text, marked, fc.constant<PhrasingContent>({ type: 'break' })), { maxLength: 5 });
}

// A section's tree: a heading and paragraphs.
function treeArbitrary(): fc.Arbitrary<Root> {
  return fc.tuple(inlineArbitrary(), fc.array(inlineArbitrary(), { maxLength: 4 })).map(([heading, paragraphs]) => ({
    type: 'root',
    children: [{ type: 'heading', depth: 1, children: heading }, ...paragraphs.map((children) => ({ type: 'paragraph' as const, children }))],
  }));
}

// Parses XML with saxes, namespaces checked; returns the first error, or undefined. A part that reads the same as one
// parsed before (styles, theme, numbering: most parts do not depend on the text) has the same answer.
function xmlError(xml: string): string | undefined {
  if (parsed.has(xml)) return parsed.get(xml);
  const parser = new SaxesParser({ xmlns: true });
  let failure: string | undefined;
  parser.on('error', (e) => (failure ??= e.message));
  parser.write(xml).close();
  parsed.set(xml, failure);
  return failure;
}

/** The answer for each text parsed. */
const parsed = new Map<string, string | undefined>();

const reference = parseReferenceDoc(readFileSync(join(ROOT, 'test', 'fixtures', 'reference-doc', 'reference.docx')));

describe('the DOCX parts are well-formed XML for any text', () => {
  it.each([
    ['with the built-in styles', undefined],
    ['with a reference document', reference.ok ? reference.reference : undefined],
  ] as [string, ReferenceDoc | undefined][])('%s', async (what, ref) => {
    if (what !== 'with the built-in styles') expect(ref).toBeDefined();
    await fc.assert(
      fc.asyncProperty(treeArbitrary(), textArbitrary(), textArbitrary(), textArbitrary(), async (tree, title, creator, subject) => {
        const docx = await toDocx(tree, { title, creator, subject, headingLevel: 2, date: new Date('2010-12-31T12:00:00Z'), reference: ref });
        const parts = unzipSync(docx);
        for (const [path, bytes] of Object.entries(parts))
          if (/\.(xml|rels)$/.test(path)) expect([path, xmlError(strFromU8(bytes))]).toEqual([path, undefined]);
      }),
      RUNS,
    );
  });

  it('with a reference document whose style ids and names are any text XML can hold', async () => {
    const xmlText = fc.string({ unit: fc.constantFrom('a', 'Z', '1', ' ', '&', '<', '>', '"', "'", 'ł', '\t', '\u00a0', '😀'), minLength: 1, maxLength: 8 });
    const name = fc.oneof(fc.constantFrom('Normal', 'heading 1', 'Heading 2', 'Body Text', 'body  text'), xmlText);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(xmlText, name), { minLength: 1, maxLength: 6 }), treeArbitrary(), async (styles, tree) => {
        const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
        const xml = `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles.map(([id, n]) => `<w:style w:type="paragraph" w:styleId="${escapeText(id)}"><w:name w:val="${escapeText(n)}"/></w:style>`).join('')}</w:styles>`;
        const read = parseReferenceDoc(zipSync({ 'word/styles.xml': strToU8(xml) }));
        expect(read.ok).toBe(true);
        const docx = await toDocx(tree, {
          title: 't',
          creator: 'c',
          subject: 's',
          headingLevel: 1,
          date: new Date('2010-12-31T12:00:00Z'),
          reference: read.ok ? read.reference : undefined,
        });
        for (const [path, bytes] of Object.entries(unzipSync(docx)))
          if (/\.(xml|rels)$/.test(path)) expect([path, xmlError(strFromU8(bytes))]).toEqual([path, undefined]);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["U+FFFE in the Office's name", { creator: 'Urząd\uFFFE' }, 'docProps/core.xml', '<dc:creator>Urząd</dc:creator>'],
    ['U+FFFF in the title', { title: 'Współpraca\uFFFF – 2010' }, 'docProps/core.xml', '<dc:title>Współpraca – 2010</dc:title>'],
    ['ESC and a lone surrogate in the text', { text: 'EN\u001BA\uD800RO' }, 'word/document.xml', '<w:t xml:space="preserve">ENARO</w:t>'],
  ] as [string, { text?: string; title?: string; creator?: string }, string, string][])('drops %s', async (_what, given, path, expected) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: given.text ?? 'x' }] }] };
    const docx = await toDocx(tree, {
      title: given.title ?? 't',
      creator: given.creator ?? 'c',
      subject: 's',
      headingLevel: 1,
      date: new Date('2010-12-31T12:00:00Z'),
    });
    const xml = strFromU8(unzipSync(docx)[path]!);
    expect(xml).toContain(expected);
    expect(xmlError(xml)).toBeUndefined();
  });
});
