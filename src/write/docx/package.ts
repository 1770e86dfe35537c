// Unpacks and repacks the DOCX zip: fixed entry times, [Content_Types].xml first, every entry deflated. fflate, which
// unpacks, loads only when a zip is read: with it, Node.js's worker_threads, which fflate loads as it starts.
import { w3cdtf } from '../date.ts';
import { zip } from './zip.ts';

/** The parts of a DOCX package: path -> bytes, in zip order. */
export type Parts = Record<string, Uint8Array>;

/** Parts that readers look for first: the content types, then the package relationships. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** The range of times a zip entry can hold (MS-DOS dates: 1980 to 2099, in steps of two seconds). */
const ZIP_EARLIEST = Date.UTC(1980, 0, 1);
const ZIP_LATEST = Date.UTC(2099, 11, 31, 23, 59, 58);

// Reads the parts of a packed DOCX.
export async function unpack(bytes: Uint8Array): Promise<Parts> {
  const { unzipSync } = await import('fflate');
  return unzipSync(new Uint8Array(bytes));
}

// Edits one XML part as text.
export function editPart(parts: Parts, path: string, edit: (xml: string) => string): void {
  const part = parts[path];
  if (!part) throw new Error(`The DOCX has no ${path} to edit.`);
  parts[path] = Buffer.from(edit(Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8')), 'utf8');
}

// Sets the creation and modification dates in docProps/core.xml.
export function withCoreDates(core: string, date: Date): string {
  const stamp = w3cdtf(date);
  return core.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_, start: string, _name, end: string) => start + stamp + end);
}

// Packs the parts into a zip whose every entry is deflated and carries the same time; the same parts give the same bytes.
export function pack(parts: Parts, date: Date): Uint8Array {
  const order = [...FIRST.filter((path) => path in parts), ...Object.keys(parts).filter((path) => !FIRST.includes(path))];
  return zip(order.map((path) => ({ path, data: parts[path]! })), zipTime(date));
}

// Returns the MS-DOS date and time of day a zip entry holds for a date: its UTC fields, clamped to what a zip entry
// can hold (1980 to 2099, in steps of two seconds); the bytes then do not depend on the time zone.
export function zipTime(date: Date): { date: number; time: number } {
  const utc = new Date(Math.min(ZIP_LATEST, Math.max(ZIP_EARLIEST, date.getTime())));
  return {
    date: ((utc.getUTCFullYear() - 1980) << 9) | ((utc.getUTCMonth() + 1) << 5) | utc.getUTCDate(),
    time: (utc.getUTCHours() << 11) | (utc.getUTCMinutes() << 5) | (utc.getUTCSeconds() >> 1),
  };
}
