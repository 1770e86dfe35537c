// Checks the bytes of a file before it is written: a PDF must be one with a page, a DOCX a zip archive with its main
// part. A converter that leaves an empty or broken file fails the build instead of replacing a good file. zlib, which
// only a PDF's check needs, is taken when one is checked (process.getBuiltinModule), not with the writer.
import { message, type Message } from '../i18n/message.ts';
import { openZip, ZipError } from './docx/read-zip.ts';
import { WriteError } from './write-error.ts';

/** A page object of a PDF: "/Type /Page", not "/Type /Pages". */
const PAGE = /\/Type\s*\/Page(?![A-Za-z])/;
/** A stream of compressed objects, where a PDF 1.5 or later may keep its page objects. */
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b[\s\S]*?>>\s*stream\r?\n/g;

// Fails with a WriteError at the path when the bytes are not a file of the kind its name says.
export function checkFile(path: string, content: string | Uint8Array): void {
  if (typeof content === 'string') return;
  const problem = path.endsWith('.pdf') ? pdfProblem(content) : path.endsWith('.docx') ? docxProblem(content) : undefined;
  if (problem) throw new WriteError(problem, path, 'bad-output');
}

// Tells what is wrong with a PDF: empty, not a PDF, or without a page; undefined when it has a page.
function pdfProblem(bytes: Uint8Array): Message | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!bytes.byteLength) return message('output.pdf', { problem: 'empty' });
  if (!text.startsWith('%PDF')) return message('output.pdf', { problem: 'header' });
  if (!PAGE.test(text) && !compressedObjects(text).some((objects) => PAGE.test(objects))) return message('output.pdf', { problem: 'no-page' });
  return undefined;
}

// Inflates the object streams of a PDF, each up to its "endstream"; a stream that does not inflate is left out.
function compressedObjects(text: string): string[] {
  return [...text.matchAll(OBJECT_STREAM)].flatMap((match) => {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      const { inflateSync } = process.getBuiltinModule('node:zlib');
      return [inflateSync(Buffer.from(text.slice(start, end < 0 ? undefined : end), 'latin1'), { maxOutputLength: 64 * 1024 * 1024 }).toString('latin1')];
    } catch {
      return [];
    }
  });
}

// Tells what is wrong with a DOCX: not a zip archive, or without its main part; undefined when it has one.
function docxProblem(bytes: Uint8Array): Message | undefined {
  try {
    const zip = openZip(bytes);
    if (!zip.has('[Content_Types].xml') || !zip.read('word/document.xml')?.byteLength) return message('output.docx', { reason: 'none' });
    return undefined;
  } catch (error) {
    // bytes cut short can make the reader run past their end: that too is not a zip archive
    return message('output.docx', { reason: error instanceof ZipError ? error.said : message('zip.not-zip') });
  }
}
