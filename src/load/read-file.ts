// Reads one record file's text: a regular file inside the data folder, not too large, UTF-8; every refusal is a located
// diagnostic.
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message, type Message } from '../i18n/message.ts';
import { readBounded } from './bounded-read.ts';

/** Files larger than this are refused, however large they say they are. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The refusals a message explains in words (load.unreadable.* in the catalogues); others are named by their code. */
const WHY_UNREADABLE = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'special'] as const;

// Reads a record file's text (BOM dropped, line ends made \n), or says why it cannot be read. The bytes are decoded
// leniently, which writes U+FFFD for a bad byte, so a text holding U+FFFD is decoded again, strictly.
export function readRecordText(path: string, file: string): { text: string } | { diagnostic: Diagnostic } {
  const read = readBounded(path, MAX_FILE_BYTES);
  if (!('bytes' in read)) {
    if (read.why === 'too-large') return { diagnostic: tooLarge(file, read.size) };
    const why = (WHY_UNREADABLE as readonly string[]).includes(read.why)
      ? message(`load.unreadable.${read.why as (typeof WHY_UNREADABLE)[number]}`)
      : message('load.unreadable.other', { code: read.why });
    return { diagnostic: unreadable(file, why) };
  }
  const bytes = read.bytes;
  const order = utf16(bytes);
  if (order) return { diagnostic: error('not-utf8', message('load.utf16', { order }), file) };
  let text: string | number = bytes.toString('utf8');
  if (text.includes('\uFFFD')) text = decodeUtf8(bytes);
  else if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (typeof text !== 'string') return { diagnostic: notUtf8(file, bytes, text) };
  return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}

/** How many bytes from the start utf16 looks at. */
const SAMPLE = 4096;

// Tells whether bytes are UTF-16 text, and of which byte order: a UTF-16 BOM, or (without one) a zero byte in every
// other place, as Latin letters, digits and punctuation have in UTF-16. UTF-8 text has no zero bytes.
export function utf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  if (bytes.indexOf(0) < 0) return undefined;
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) even++;
    if (bytes[2 * i + 1] === 0) odd++;
  }
  if (odd * 2 >= pairs && even * 8 <= odd) return 'le';
  if (even * 2 >= pairs && odd * 8 <= even) return 'be';
  return undefined;
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
  const said = message('load.not-utf8', { hex, line: String(line), guess: /\p{L}/u.test(guess) ? guess : 'none' });
  return error('not-utf8', said, file, { line, column });
}

// Refuses a file that cannot be read.
function unreadable(file: string, why: Message): Diagnostic {
  return error('unreadable-file', message('load.unreadable', { why }), file);
}

// Refuses a file above the size limit: its size when stat gave it, else "more than the limit".
function tooLarge(file: string, size: number | undefined): Diagnostic {
  return error('file-too-large', message('load.too-large', { size: size === undefined ? 'more' : String(size), max: String(MAX_FILE_BYTES) }), file);
}
