// The DOCX skeleton (src/write/docx/skeleton.ts): its templates, and the parts it fills held to docx itself. For any
// paragraphs and properties, what the skeleton gives is byte for byte what docx writes for the same document, which is
// how the DOCX is written when no skeleton can be made (src/write/docx/with-docx.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { strFromU8 } from 'fflate';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { stripForbidden } from '../../src/diagnostics/characters.ts';
import { reportDate } from '../../src/write/date.ts';
import { fillSkeleton, toDocxFrom, type DocxOptions } from '../../src/write/docx/document.ts';
import { makeSkeleton } from '../../src/write/docx/make-skeleton.ts';
import { bytesOf } from '../../src/write/docx/package.ts';
import { skeletonOrNone } from '../../src/write/docx/prebuilt-skeleton.ts';
import { readReferenceDoc } from '../../src/write/docx/reference.ts';
import { fill, template, type MarksKey } from '../../src/write/docx/skeleton.ts';
import { docxParts } from '../../src/write/docx/with-docx.ts';
import { escapeXml } from '../../src/write/docx/xml.ts';
import { ROOT } from '../support/data.ts';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 100) };

describe('template and fill', () => {
  it.each([
    ['no hole', 'abc', { text: ['abc'], holes: [] }, {}, 'abc'],
    ['one hole', '<t>\uE000text\uE001</t>', { text: ['<t>', '</t>'], holes: ['text'] }, { text: 'x' }, '<t>x</t>'],
    ['a hole twice', '\uE000a\uE001-\uE000a\uE001', { text: ['', '-', ''], holes: ['a', 'a'] }, { a: '1' }, '1-1'],
    ['two holes side by side', '\uE000a\uE001\uE000b\uE001', { text: ['', '', ''], holes: ['a', 'b'] }, { a: '1', b: '2' }, '12'],
    ['a value with what looks like a hole', '<\uE000a\uE001>', { text: ['<', '>'], holes: ['a'] }, { a: '\uE000b\uE001' }, '<\uE000b\uE001>'],
  ])('%s', (_what, text, cut, values, filled) => {
    expect(template(text)).toEqual(cut);
    expect(fill(template(text), values)).toBe(filled);
  });
});

describe('escapeXml', () => {
  it.each([
    ['plain text', 'Współpraca', 'Współpraca'],
    ['the five XML characters', `a&b<c>d"e'f`, 'a&amp;b&lt;c&gt;d&quot;e&apos;f'],
    ['control characters XML forbids: left out', 'a\u0000b\u0001c\u001fd', 'abcd'],
    ['tab, line feed and carriage return: kept', 'a\tb\nc\rd', 'a\tb\nc\rd'],
    ['the empty text', '', ''],
  ])('%s', (_what, text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });
});

describe('the skeleton', async () => {
  const skeleton = await makeSkeleton();

  it('holds each fixed part deflated: inflated, its text, with its CRC-32 and size', () => {
    expect(Object.keys(skeleton.deflated).sort()).toEqual(
      Object.keys(skeleton.parts)
        .filter((p) => p !== 'word/document.xml' && p !== 'docProps/core.xml')
        .sort(),
    );
    for (const [path, part] of Object.entries(skeleton.deflated)) {
      const bytes = Buffer.from(skeleton.parts[path]!, 'utf8');
      expect(inflateRawSync(Buffer.from(part.base64, 'base64')).equals(bytes)).toBe(true);
      expect([part.size, part.crc]).toEqual([bytes.length, crc32Of(bytes)]);
    }
  });

  it('fills in what docx writes, part for part, for any paragraphs and properties', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraphArbitrary(), { maxLength: 6 }), propertiesArbitrary(), async (paragraphs, properties) => {
        const filled = Object.entries(fillSkeleton(skeleton, paragraphs, properties)).map(([path, part]) => [path, strFromU8(bytesOf(part))]);
        expect(filled).toEqual(Object.entries(await docxParts(paragraphs, properties)));
      }),
      RUNS,
    );
  });
});

describe('without a skeleton', () => {
  const tree = fromMarkdown(readFileSync(join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md'), 'utf8'));
  const options: DocxOptions = {
    title: 'Współpraca międzynarodowa – 2010',
    subject: 'Sprawozdanie',
    creator: 'Urząd',
    headingLevel: 1,
    date: reportDate(2010),
  };
  const reference = readReferenceDoc(join(ROOT, 'test', 'fixtures', 'reference-doc', 'reference.docx'));

  it('is what a failure to make one gives', async () => {
    await expect(skeletonOrNone(() => Promise.reject(new Error('docx wrote something new')))).resolves.toBeUndefined();
    await expect(skeletonOrNone(makeSkeleton)).resolves.toEqual(await makeSkeleton());
  });

  it.each([
    ['the own styles', undefined],
    ['a reference document', reference.ok ? reference.reference : undefined],
  ])('writes, with docx itself, the same DOCX bytes as from the skeleton: %s', async (_what, referenceDoc) => {
    expect(reference.ok).toBe(true);
    const withOptions = { ...options, ...(referenceDoc ? { reference: referenceDoc } : {}) };
    const fromSkeleton = await toDocxFrom(await makeSkeleton(), tree, withOptions);
    const withDocx = await toDocxFrom(undefined, tree, withOptions);
    expect(withDocx.length).toBeGreaterThan(5_000);
    expect(Buffer.from(withDocx).equals(Buffer.from(fromSkeleton))).toBe(true);
  });
});

// Text as the section may hold it: Polish, XML's own characters, control characters, and any code point.
function textArbitrary() {
  const special = fc.string({
    unit: fc.constantFrom(
      '&',
      '<',
      '>',
      '"',
      "'",
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0001',
      '\u001f',
      '\u007f',
      'ł',
      '„',
      '”',
      '\u00a0',
      '\uE000',
      '\uFFFE',
      ' ',
      'a',
    ),
    minLength: 1,
  });
  return fc.oneof(special, fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }));
}

// A paragraph of the DOCX: any style id, and runs of marked text and line breaks.
function paragraphArbitrary() {
  const run = fc.oneof(fc.record({ text: textArbitrary(), marks: fc.constantFrom<MarksKey>('', 'i', 'b', 'bi') }), fc.constant({ break: true as const }));
  return fc.record({
    style: fc.oneof(
      fc.constantFrom('Heading1', 'BodyText', 'Nagwek1'),
      textArbitrary().filter((t) => stripForbidden(t) !== ''),
    ),
    runs: fc.array(run, { minLength: 1, maxLength: 4 }),
  });
}

// The document's properties: any text, and any date a zip can hold.
function propertiesArbitrary() {
  return fc.record({
    // docx leaves out an empty property, and a property of nothing but characters XML cannot hold is empty to it
    title: textArbitrary().filter((t) => stripForbidden(t) !== ''),
    subject: textArbitrary().filter((t) => stripForbidden(t) !== ''),
    creator: textArbitrary().filter((t) => stripForbidden(t) !== ''),
    date: fc
      .date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:58Z'), noInvalidDate: true })
      .map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000)),
  });
}

// Computes a CRC-32 bit by bit, apart from the code under test.
function crc32Of(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
