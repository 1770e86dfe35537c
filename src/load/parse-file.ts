// Reads one record file: bytes -> text -> YAML document, with every problem located.
import { readFileSync } from 'node:fs';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RecordFile } from './find-files.ts';
import type { SourceRecord } from './source.ts';

/** Files larger than this are refused before parsing. */
export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;

// Reads, decodes and parses one record file.
export function parseFile(found: RecordFile, file: string): { record?: SourceRecord; diagnostics: Diagnostic[] } {
  // read
  let bytes: Buffer;
  try {
    bytes = readFileSync(found.path);
  } catch (cause) {
    return { diagnostics: [error('unreadable-file', `Cannot read this file (${(cause as NodeJS.ErrnoException).code ?? 'error'}); check that it exists and that you may read it.`, file)] };
  }
  if (bytes.length > MAX_FILE_BYTES)
    return { diagnostics: [error('file-too-large', `This file has ${bytes.length} bytes; a record file may have at most ${MAX_FILE_BYTES}. Split it into one file per record.`, file)] };
  // decode
  const text = decode(bytes);
  if (typeof text !== 'string')
    return { diagnostics: [error('not-utf8', `This file is not UTF-8 (first bad byte on line ${text.line}); save it as UTF-8 (in Notepad: "Save as", encoding UTF-8).`, file, { line: text.line, column: text.column })] };
  // parse
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const diagnostics: Diagnostic[] = document.errors.map((e) => {
    const [start] = e.linePos ?? [{ line: 1, col: 1 }];
    return error(yamlCode(e.code), `${firstLine(e.message)}.`.replace(/\.\.$/, '.'), file, { line: start.line, column: start.col });
  });
  if (diagnostics.length) return { diagnostics };
  if (document.contents === null)
    return { diagnostics: [error('empty-file', 'This file is empty; a record file holds a mapping of fields (name:, participations:, …).', file)] };
  if (!isMap(document.contents)) {
    const at = lineCounter.linePos(document.contents.range[0]);
    return { diagnostics: [error('not-a-mapping', 'A record file must hold a mapping of fields (key: value), not a list or a single value.', file, { line: at.line, column: at.col })] };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (cause) {
    return { diagnostics: [error('yaml-aliases', `Too many YAML aliases (${firstLine((cause as Error).message)}); write the values out instead of using *aliases.`, file)] };
  }
  return { record: { id: found.id, kind: found.kind, file, document, lineCounter, data }, diagnostics: [] };
}

// Decodes UTF-8 (BOM dropped, CRLF kept for the parser, NFC-normalized) or tells where the first bad byte is.
function decode(bytes: Buffer): string | { line: number; column: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.normalize('NFC');
  } catch {
    const bad = firstBadByte(bytes);
    const before = bytes.subarray(0, bad);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    return { line: before.filter((b) => b === 0x0a).length + 1, column: bad - lineStart + 1 };
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

// Maps the YAML library's error codes to ours.
function yamlCode(code: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate-key';
  if (code === 'TAB_AS_INDENT') return 'tab-indent';
  if (code === 'ALIAS_PROPS' || code === 'BAD_ALIAS') return 'yaml-aliases';
  return 'yaml-syntax';
}

// Returns the first line of a message.
function firstLine(message: string): string {
  return message.split('\n')[0]!.trim().replace(/ at line \d+, column \d+:?$/, '');
}
