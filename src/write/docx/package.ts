// Packs the DOCX's parts into a zip: fixed entry times, [Content_Types].xml first, every entry deflated.
import { zip, type Deflated } from './zip.ts';

/** The parts of a DOCX package: path -> XML text or bytes, in zip order. */
export type Parts = Record<string, string | Uint8Array>;

/** Parts that readers look for first: the content types, then the package relationships. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** The range of times a zip entry can hold (MS-DOS dates: 1980 to 2099, in steps of two seconds). */
const ZIP_EARLIEST = Date.UTC(1980, 0, 1);
const ZIP_LATEST = Date.UTC(2099, 11, 31, 23, 59, 58);

// Edits one XML part as text.
export function editPart(parts: Parts, path: string, edit: (xml: string) => string): void {
  const part = parts[path];
  if (part === undefined) throw new Error(`The DOCX has no ${path} to edit.`);
  parts[path] = edit(typeof part === 'string' ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString('utf8'));
}

// Packs the parts into a zip whose every entry is deflated and carries the same time; the same parts give the same
// bytes. `ready` holds parts deflated already, by path.
export function pack(parts: Parts, date: Date, ready: Record<string, Deflated> = {}): Uint8Array {
  const order = [...FIRST.filter((path) => path in parts), ...Object.keys(parts).filter((path) => !FIRST.includes(path))];
  return zip(
    order.map((path) => (ready[path] ? { path, deflated: ready[path] } : { path, data: bytesOf(parts[path]!) })),
    zipTime(date),
  );
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

// Returns a part's bytes: its text as UTF-8.
export function bytesOf(part: string | Uint8Array): Uint8Array {
  return typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
}
