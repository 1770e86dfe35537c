// Reads one record file's text: a regular file, not too large, UTF-8; every refusal is a located diagnostic.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { t } from '../i18n/translate.ts';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The refusals a message explains in words (load.unreadable.* in the catalogues); others are named by their code. */
const WHY_UNREADABLE = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP'] as const;

// Reads a record file's text (BOM dropped, line ends made \n), or says why it cannot be read. Node.js reads and
// decodes a whole file in one call when asked for UTF-8, twice as quick from a cold start as reading its bytes here;
// but it decodes leniently, writing U+FFFD for a bad byte, so a text holding U+FFFD is read again, strictly.
export function readRecordText(path: string, file: string): { text: string } | { diagnostic: Diagnostic } {
  let text: string | number;
  let bytes: Buffer | undefined;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { diagnostic: unreadable(file, t(stat.isDirectory() ? 'load.unreadable.EISDIR' : 'load.unreadable.special')) };
    if (stat.size > MAX_FILE_BYTES) return { diagnostic: tooLarge(file, stat.size) };
    text = readFileSync(path, 'utf8');
    if (text.includes('\uFFFD')) {
      bytes = readAtMost(path, MAX_FILE_BYTES + 1, stat.size);
      text = decodeUtf8(bytes);
    } else if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'EIO';
    return {
      diagnostic: unreadable(
        file,
        (WHY_UNREADABLE as readonly string[]).includes(code)
          ? t(`load.unreadable.${code as (typeof WHY_UNREADABLE)[number]}`)
          : t('load.unreadable.other', { code }),
      ),
    };
  }
  // a file that grew past the limit after it was measured
  const size = bytes?.length ?? (typeof text === 'string' ? Buffer.byteLength(text) : 0);
  if (size > MAX_FILE_BYTES) return { diagnostic: tooLarge(file, size) };
  if (typeof text !== 'string') return { diagnostic: notUtf8(file, bytes!, text) };
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

// Reads up to `limit` bytes of a file, so that a file growing under us cannot exhaust memory. The buffer starts at
// the size stat gave and grows only if the file did: a megabyte zeroed for every small record made loading slow.
function readAtMost(path: string, limit: number, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(Math.min(limit, size + 1));
    let length = 0;
    for (let n = -1; n !== 0 && length < limit; length += n) {
      if (length === buffer.length) buffer = Buffer.concat([buffer], Math.min(limit, buffer.length * 2));
      n = readSync(fd, buffer, length, buffer.length - length, null);
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** One strict decoder for every file: a decode without `stream` starts afresh, and making one costs more than using it. */
let utf8: TextDecoder | undefined;

// Decodes strict UTF-8 (a leading BOM dropped), or returns the offset of the first byte that breaks it.
export function decodeUtf8(bytes: Uint8Array): string | number {
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    return utf8.decode(bytes);
  } catch {
    utf8 = undefined; // a fresh decoder after a failure, whatever state it left
    return firstBadByte(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
}

// Finds the offset of the first byte that breaks UTF-8.
function firstBadByte(bytes: Buffer): number {
  const lenient = bytes.toString('utf8');
  for (let index = lenient.indexOf('\uFFFD'); index >= 0; index = lenient.indexOf('\uFFFD', index + 1)) {
    const offset = Buffer.byteLength(lenient.slice(0, index));
    const genuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!genuine) return offset;
  }
  return bytes.length;
}

// Describes the first bad byte: its line, its column in characters, and what it would be in Windows-1250.
function notUtf8(file: string, bytes: Buffer, bad: number): Diagnostic {
  const lineStart = bytes.lastIndexOf(0x0a, bad - 1) + 1;
  const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
  const column =
    bytes
      .subarray(lineStart, bad)
      .toString('utf8')
      .replace(/^\uFEFF/, '').length + 1;
  const byte = bytes[bad] ?? 0;
  const guess = new TextDecoder('windows-1250').decode(Uint8Array.of(byte));
  const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  const message = t('load.not-utf8', { hex, line: String(line), guess: /\p{L}/u.test(guess) ? guess : 'none' });
  return error('not-utf8', message, file, { line, column });
}

// Refuses a file that cannot be read.
function unreadable(file: string, why: string): Diagnostic {
  return error('unreadable-file', t('load.unreadable', { why }), file);
}

// Refuses a file above the size limit.
function tooLarge(file: string, size: number): Diagnostic {
  return error('file-too-large', t('load.too-large', { size: String(size), max: String(MAX_FILE_BYTES) }), file);
}
