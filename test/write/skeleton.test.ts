// The DOCX skeleton (src/write/docx/skeleton.ts): its templates, and the parts it fills held to docx itself. For any
// paragraphs and properties, what the skeleton gives is byte for byte what docx writes for the same document.
import { Document, Packer, Paragraph as DocxParagraph, TextRun } from 'docx';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stripForbidden } from '../../src/diagnostics/characters.ts';
import type { Paragraph } from '../../src/write/docx/blocks.ts';
import { fillSkeleton, type Properties } from '../../src/write/docx/document.ts';
import { ownStyles } from '../../src/write/docx/own-styles.ts';
import { bytesOf } from '../../src/write/docx/package.ts';
import { loadSkeleton } from '../../src/write/docx/prebuilt-skeleton.ts';
import { escaper, fill, template, type MarksKey } from '../../src/write/docx/skeleton.ts';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 200) };

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

describe('escaper', () => {
  const escape = escaper({ '&': '&amp;', '<': '&lt;', '\u0001': '' });
  it.each([
    ['plain text', 'Współpraca', 'Współpraca'],
    ['every character of the table', 'a&b<c\u0001d', 'a&amp;b&lt;cd'],
    ['a character the table leaves', 'a>b"c', 'a>b"c'],
    ['the empty text', '', ''],
  ])('%s', (_what, text, escaped) => {
    expect(escape(text)).toBe(escaped);
  });

  it('leaves all text alone with an empty table', () => {
    expect(escaper({})('a&<')).toBe('a&<');
  });
});

describe('the skeleton', async () => {
  const skeleton = await loadSkeleton();

  it('escapes as docx does: the five XML characters, and drops the control characters XML forbids', () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c));
    expect(skeleton.escapes).toEqual({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', ...Object.fromEntries(controls.map((c) => [c, ''])) });
  });

  it('holds each fixed part deflated: inflated, its text, with its CRC-32 and size', () => {
    expect(Object.keys(skeleton.deflated).sort()).toEqual(Object.keys(skeleton.parts).filter((p) => p !== 'word/document.xml' && p !== 'docProps/core.xml').sort());
    for (const [path, part] of Object.entries(skeleton.deflated)) {
      const bytes = Buffer.from(skeleton.parts[path]!, 'utf8');
      expect(inflateRawSync(Buffer.from(part.base64, 'base64')).equals(bytes)).toBe(true);
      expect([part.size, part.crc]).toEqual([bytes.length, crc32Of(bytes)]);
    }
  });

  it('fills in what docx writes, part for part, for any paragraphs and properties', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraphArbitrary(), { maxLength: 6 }), propertiesArbitrary(), async (paragraphs, properties) => {
        const filled = Object.entries(fillSkeleton(skeleton, paragraphs, properties)).map(([path, part]) => [path, strFromU8(bytesOf(part as string))]);
        expect(filled).toEqual(await docxParts(paragraphs, properties));
      }),
      RUNS,
    );
  });
});

// Text as the section may hold it: Polish, XML's own characters, control characters, and any code point.
function textArbitrary() {
  const special = fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0000', '\u0001', '\u001f', '\u007f', 'ł', '„', '”', '\u00a0', '\uE000', '\uFFFE', ' ', 'a'), minLength: 1 });
  return fc.oneof(special, fc.string({ unit: 'binary', minLength: 1 }), fc.string({ unit: 'grapheme', minLength: 1 }));
}

// A paragraph of the DOCX: any style id, and runs of marked text and line breaks.
function paragraphArbitrary() {
  const run = fc.oneof(
    fc.record({ text: textArbitrary(), marks: fc.constantFrom<MarksKey>('', 'i', 'b', 'bi') }),
    fc.constant({ break: true as const }),
  );
  return fc.record({ style: fc.oneof(fc.constantFrom('Heading1', 'BodyText', 'Nagwek1'), textArbitrary().filter((t) => stripForbidden(t) !== '')), runs: fc.array(run, { minLength: 1, maxLength: 4 }) });
}

// The document's properties: any text, and any date a zip can hold.
function propertiesArbitrary() {
  return fc.record({
    // docx leaves out an empty property, and a property of nothing but characters XML cannot hold is empty to it
    title: textArbitrary().filter((t) => stripForbidden(t) !== ''),
    subject: textArbitrary().filter((t) => stripForbidden(t) !== ''),
    creator: textArbitrary().filter((t) => stripForbidden(t) !== ''),
    date: fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:58Z'), noInvalidDate: true }).map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000)),
  });
}

// Writes the document with docx itself, as coop-report did before the skeleton, with the dates set as coop-report sets
// them; returns its parts as text, in docx's order. docx is given the text without what XML 1.0 cannot hold (it would
// write U+FFFE as it is), as coop-report drops it.
async function docxParts(given: Paragraph[], properties: Properties): Promise<string[][]> {
  const paragraphs = given.map((p) => ({ style: stripForbidden(p.style), runs: p.runs.map((r) => ('break' in r ? r : { ...r, text: stripForbidden(r.text) })) }));
  const document = new Document({
    title: stripForbidden(properties.title),
    subject: stripForbidden(properties.subject),
    creator: stripForbidden(properties.creator),
    lastModifiedBy: stripForbidden(properties.creator),
    styles: ownStyles(),
    sections: [
      {
        children: paragraphs.map(
          (p) =>
            new DocxParagraph({
              style: p.style,
              children: p.runs.map((r) => ('break' in r ? new TextRun({ break: 1 }) : new TextRun({ text: r.text, ...(r.marks.includes('i') ? { italics: true } : {}), ...(r.marks.includes('b') ? { bold: true } : {}) }))),
            }),
        ),
      },
    ],
  });
  const stamp = properties.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))).map(([path, bytes]) => {
    const text = strFromU8(bytes);
    return [path, path === 'docProps/core.xml' ? text.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_, start: string, _name, end: string) => start + stamp + end) : text];
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
