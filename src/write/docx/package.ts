// Packs the DOCX's parts into a zip with fflate: fixed entry times, [Content_Types].xml first, every entry deflated.
import { zipSync, type Zippable } from 'fflate';
import type { Parts } from './write-parts.ts';

/** Parts that readers look for first: the content types, then the package relationships. */
const FIRST = ['[Content_Types].xml', '_rels/.rels'];

/** The range of times a zip entry can hold (MS-DOS dates: 1980 to 2099, in steps of two seconds). */
const ZIP_EARLIEST = Date.UTC(1980, 0, 1);
const ZIP_LATEST = Date.UTC(2099, 11, 31, 23, 59, 58);

// Packs the parts into a zip whose every entry is deflated and carries the same time; the same parts give the same bytes.
export function pack(parts: Parts, date: Date): Uint8Array {
  const order = [...FIRST.filter((path) => path in parts), ...Object.keys(parts).filter((path) => !FIRST.includes(path))];
  const entries: Zippable = {};
  for (const path of order) entries[path] = bytesOf(parts[path]!);
  return zipSync(entries, { level: 6, mtime: zipTime(date) });
}

// Returns the time to give fflate for a zip entry dated `date`: fflate writes the local time's fields, so this is the
// local time whose fields are `date`'s UTC fields, clamped to what a zip entry can hold (1980 to 2099); the bytes then
// do not depend on the time zone.
export function zipTime(date: Date): Date {
  const utc = new Date(Math.min(ZIP_LATEST, Math.max(ZIP_EARLIEST, date.getTime())));
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

// Returns a part's bytes: its text as UTF-8.
function bytesOf(part: string | Uint8Array): Uint8Array {
  return typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
}
