// Reads record files: bytes -> text -> plain data, through the yaml library's document, with every problem located.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { error, positionAt, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RecordFile } from './find-files.ts';
import { readRecordText } from './read-file.ts';
import { positionsOf, type Positions, type SourceRecord, type YamlTree } from './source.ts';
import { parserDiagnostics } from './yaml-errors.ts';
import { nfc } from './nfc.ts';
import { checkShape, foreignTags, MAX_DEPTH, tooDeepAt, walkNodes } from './yaml-shape.ts';
import { message } from '../i18n/message.ts';

export { MAX_FILE_BYTES } from './read-file.ts';

/** How many values aliases may expand to in one file; a file needs none. */
const MAX_ALIASES = 100;

/** One record file read: its record, or the problems that kept it from being one. */
export interface Parsed {
  record?: SourceRecord;
  diagnostics: Diagnostic[];
}

/** The files an earlier load parsed, with the text each was parsed from: a command that loads the same folder again
 * and again (the preview, at each save) gives them back, and a file whose text is the same is not parsed again. What
 * a file parses to depends on nothing but its text and its place. */
export type ParsedFiles = Map<string, { text: string; parsed: Parsed }>;

// Reads, decodes, parses and converts record files; with `earlier`, parses only the files whose text changed since,
// and leaves in it the files of this load.
export function parseFiles(found: readonly RecordFile[], earlier?: ParsedFiles): Parsed[] {
  const now: ParsedFiles = new Map();
  const parsed = found.map((f) => {
    const read = readText(f);
    if ('failed' in read) return read.failed;
    const place = [f.path, f.file, f.kind, f.id].join('\u0000');
    const before = earlier?.get(place);
    const made = before?.text === read.text ? before.parsed : parseChecked(f, read.text);
    now.set(place, { text: read.text, parsed: made });
    return made;
  });
  if (earlier) {
    earlier.clear();
    for (const [place, file] of now) earlier.set(place, file);
  }
  return parsed;
}

// Reads a record file's text, or gives what kept it from being read (a link refused, a file too large or not UTF-8).
function readText(f: RecordFile): { text: string } | { failed: Parsed } {
  if (f.refused) return { failed: { diagnostics: [f.refused] } };
  const read = readRecordText(f.path, f.file);
  return 'diagnostic' in read ? { failed: { diagnostics: [read.diagnostic] } } : read;
}

// Parses a file's text, refusing deep nesting before the parser recurses into it.
function parseChecked(f: RecordFile, text: string): Parsed {
  const deep = tooDeepAt(text);
  if (deep !== undefined) return { diagnostics: [error('too-deep', message('load.too-deep', { max: String(MAX_DEPTH) }), f.file, positionAt(text, deep))] };
  return parseText(f, text);
}

// Parses a file's text with the yaml library: every problem found and located.
function parseText(found: RecordFile, text: string): Parsed {
  const file = found.file;
  const { document, lineCounter } = parseTree(text);
  const syntax = parserDiagnostics(document, lineCounter, file, text);
  const shape = checkShape(document, lineCounter, file);
  // with broken syntax, only duplicate keys before the break are sure to be problems of their own
  if (syntax.length) {
    const broken = syntax.find((d) => d.code !== 'tab-indent') ?? { line: Infinity, column: Infinity };
    const before = (d: Diagnostic) => d.line < broken.line || (d.line === broken.line && d.column < broken.column);
    return { diagnostics: sortDiagnostics([...syntax, ...shape.filter((d) => d.code === 'duplicate-key' && before(d))]) };
  }
  if (document.contents === null) return { diagnostics: [error('empty-file', message('load.empty-file'), file)] };
  // binary data, dates, sets: no field takes them, and the top of a file so tagged is no mapping to speak of
  const tagged = foreignTags(document, lineCounter, file, text);
  if (tagged.length) return { diagnostics: sortDiagnostics([...tagged, ...shape]) };
  if (!isMap(document.contents)) {
    const { line, col } = lineCounter.linePos(document.contents.range[0]);
    return { diagnostics: [error('not-a-mapping', message('load.not-a-mapping', what(document.contents)), file, { line, column: col })] };
  }
  if (shape.length) return { diagnostics: shape };
  // convert
  let data: unknown;
  try {
    data = toNfc(document.toJS({ maxAliasCount: MAX_ALIASES }));
  } catch {
    const { line, col } = lineCounter.linePos(firstAlias(document) ?? 0);
    return { diagnostics: [error('yaml-aliases', message('load.aliases', { max: String(MAX_ALIASES) }), file, { line, column: col })] };
  }
  return { record: sourceRecord(found, data, text), diagnostics: [] };
}

// Makes a file's record of its data; the document is let go: the first message that must point into the file parses
// the text again, and keeps only where its nodes start.
function sourceRecord(found: Pick<RecordFile, 'id' | 'kind' | 'file'>, data: unknown, text: string): SourceRecord {
  let positions: Positions | undefined;
  return { id: found.id, kind: found.kind, file: found.file, data, positions: () => (positions ??= positionsOf(parseTree(text))) };
}

/** A record file parsed on another thread, in the form that crosses to this one: its record's data and its text, in
 * place of where its nodes start, which are found again in the text here when a message needs them. */
export interface ParsedElsewhere {
  record?: Omit<SourceRecord, 'positions'>;
  text?: string;
  diagnostics: Diagnostic[];
}

// Parses record files, each as parseFiles does, for another thread.
export function parseFilesElsewhere(found: readonly RecordFile[]): ParsedElsewhere[] {
  return found.map((f) => {
    const read = readText(f);
    if ('failed' in read) return read.failed;
    const { record, diagnostics } = parseChecked(f, read.text);
    return record ? { record: { id: record.id, kind: record.kind, file: record.file, data: record.data }, text: read.text, diagnostics } : { diagnostics };
  });
}

// Takes a record file parsed on another thread as parsed here.
export function parsedHere({ record, text, diagnostics }: ParsedElsewhere): Parsed {
  return record && text !== undefined ? { record: sourceRecord(record, record.data, text), diagnostics } : { diagnostics };
}

// Parses a record file's text into its YAML document, keeping every problem for the checks above.
function parseTree(text: string): YamlTree {
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true }), lineCounter };
}

// Normalizes every string (keys and values) to NFC, so that "ł" typed as "l" + U+0335 reads as "ł".
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(toNfc);
  if (value && typeof value === 'object' && !(value instanceof Uint8Array))
    // fromEntries defines own properties: a "__proto__" key stays a key and never sets the prototype
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [nfc(k), toNfc(v)]));
  return value;
}

// Returns the offset of the first alias in a document.
function firstAlias(document: Document.Parsed): number | undefined {
  let offset: number | undefined;
  walkNodes(document, (node) => {
    if (offset === undefined && isAlias(node)) offset = node.range?.[0];
  });
  return offset;
}

// Names what a document holds instead of a mapping.
function what(node: Node): { what: string; value: string } {
  if (isSeq(node)) return { what: 'list', value: '' };
  if (isScalar(node)) return node.value === null ? { what: 'empty', value: '' } : { what: 'value', value: String(node.value) };
  return { what: 'alias', value: '' };
}
