// Every file a build writes is checked before it replaces anything: a PDF with a page, a DOCX a zip with its main part.
import { deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EN } from '../support/messages.ts';
import { checkFile } from '../../src/write/file-check.ts';
import { WriteError } from '../../src/write/write-error.ts';

const bytes = (text: string) => Buffer.from(text, 'latin1');
// Packs parts into a zip archive.
const zip = (...paths: string[]) => zipSync(Object.fromEntries(paths.map((path) => [path, bytes('<x/>')])));

// Writes a PDF 1.5 whose objects are in a compressed object stream, as newer converters write them.
function objectStream(objects: string): Uint8Array {
  const packed = deflateSync(bytes(objects));
  return Buffer.concat([
    bytes(`%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`),
    packed,
    bytes('\nendstream\nendobj\n%%EOF\n'),
  ]);
}

const PDF_FAILS = (problem: string) =>
  `The PDF LibreOffice made ${problem}: it converted the DOCX without saying it failed. Nothing was written. Build again; if it happens again, open the DOCX in LibreOffice and export it as PDF there to see why.`;

// file name, bytes, the message of the error (undefined: the file passes)
const CASES: [string, string, Uint8Array, string | undefined][] = [
  ['a PDF with a page', 'a.pdf', bytes('%PDF-1.4\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n'), undefined],
  ['a PDF whose page is in a compressed object stream', 'a.pdf', objectStream('2 0 << /Type /Page /Parent 1 0 R >>'), undefined],
  ['an empty PDF', 'a.pdf', new Uint8Array(), PDF_FAILS('is empty (0 bytes)')],
  ['a PDF that is an error page', 'a.pdf', bytes('<html>Error</html>'), PDF_FAILS('does not start with "%PDF", so it is not a PDF')],
  ['a PDF with only a tree of no pages', 'a.pdf', bytes('%PDF-1.7\n1 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'), PDF_FAILS('has no page')],
  ['a PDF whose object stream holds no page', 'a.pdf', objectStream('2 0 << /Type /Pages /Count 0 >>'), PDF_FAILS('has no page')],
  ['a DOCX with its parts', 'a.docx', zip('[Content_Types].xml', 'word/document.xml'), undefined],
  [
    'a DOCX that is not a zip',
    'a.docx',
    bytes('PK not really'),
    'The DOCX is not a readable document (it is not a zip archive). Nothing was written. This is a fault of coop-report: please report it, with the command and the data.',
  ],
  [
    'a DOCX without word/document.xml',
    'a.docx',
    zip('[Content_Types].xml', 'word/styles.xml'),
    'The DOCX is not a readable document: it lacks its main part, word/document.xml. Nothing was written. This is a fault of coop-report: please report it, with the command and the data.',
  ],
  [
    'a DOCX cut short',
    'a.docx',
    zip('[Content_Types].xml', 'word/document.xml').slice(0, 60),
    'The DOCX is not a readable document (it is not a zip archive). Nothing was written. This is a fault of coop-report: please report it, with the command and the data.',
  ],
  ['Markdown, which is text', 'a.md', bytes(''), undefined],
];

describe('checking a file before it is written', () => {
  it.each(CASES)('%s', (_name, path, content, message) => {
    const outcome = (() => {
      try {
        checkFile(`out/${path}`, content);
        return undefined;
      } catch (error) {
        return error as WriteError;
      }
    })();
    if (message === undefined) expect(outcome).toBeUndefined();
    else
      expect([outcome instanceof WriteError, outcome && EN.text(outcome.said), outcome?.path, outcome?.code]).toEqual([
        true,
        message,
        `out/${path}`,
        'bad-output',
      ]);
  });
});
