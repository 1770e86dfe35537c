// Reads the parts of a zip archive with fflate, inflating only the parts asked for, each within limits of size and of
// compression ratio, so that a small file cannot make coop-report inflate gigabytes (a zip bomb). The central
// directory is listed first (unzipSync with a filter that keeps nothing); a part is then inflated as a stream, counted
// as it comes, and stopped at the size the directory declares.
import { Unzip, UnzipInflate, type UnzipFile, type UnzipFileInfo, unzipSync } from 'fflate';
import { message, MessageError } from '../../i18n/message.ts';

/** How large an entry may be once inflated: Word's parts are kilobytes to a few megabytes. */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

/** How many times larger than its compressed bytes an entry of more than a mebibyte may be (XML inflates 5 to 30 times, deflate at most about 1000). */
export const MAX_RATIO = 500;

/** How much of the archive is given to the inflater at a time: what a lying header can make it inflate before it is stopped is about a thousand times this. */
const CHUNK = 16 * 1024;

/** A zip archive opened: its entries by name, each inflated when asked for. */
export interface Zip {
  has(name: string): boolean;
  /** The entry's bytes, or undefined when there is no such entry; throws ZipError when it cannot be read within the limits. */
  read(name: string): Uint8Array | undefined;
}

/** The archive is not a zip, or one of its entries cannot be read within the limits. */
export class ZipError extends MessageError {
  override name = 'ZipError';
}

// Opens an archive: lists its entries from the central directory, inflates nothing yet.
export function openZip(bytes: Uint8Array): Zip {
  const entries = new Map<string, UnzipFileInfo>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, file);
        return false;
      },
    });
  } catch (cause) {
    throw new ZipError(message((cause as { code?: number }).code === INVALID_ZIP && entries.size === 0 ? 'zip.not-zip' : 'zip.damaged-list'));
  }
  return {
    has: (name) => entries.has(name),
    read: (name) => {
      const entry = entries.get(name);
      return entry ? inflateEntry(bytes, entry) : undefined;
    },
  };
}

/** fflate's code for data that is not a zip archive (FlateErrorCode.InvalidZipData). */
const INVALID_ZIP = 13;

// Inflates one entry: refuses, before inflating, one of another method, one too large, or one that would inflate
// too many times over; and, while inflating, one that inflates to more than its declared size; then one whose size
// is not the declared one.
function inflateEntry(bytes: Uint8Array, entry: UnzipFileInfo): Uint8Array {
  const { name, originalSize: size, size: packed } = entry;
  if (entry.compression !== 0 && entry.compression !== 8) throw new ZipError(message('zip.method', { name, method: String(entry.compression) }));
  if (size > MAX_ENTRY_BYTES) throw new ZipError(message('zip.too-large', { name, size: String(size), max: String(MAX_ENTRY_BYTES) }));
  if (size > 1024 * 1024 && size > packed * MAX_RATIO)
    throw new ZipError(message('zip.bomb', { name, ratio: String(Math.round(size / Math.max(1, packed))), max: String(MAX_RATIO) }));
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  let state = 'looking' as 'looking' | 'reading' | 'done';
  const unzip = new Unzip((file: UnzipFile) => {
    if (file.name !== name || state !== 'looking') return;
    state = 'reading';
    file.ondata = (error, chunk, final) => {
      if (error) throw error instanceof ZipError ? error : new ZipError(message('zip.not-inflated', { name, why: error.message }));
      inflated += chunk.length;
      if (inflated > size) throw new ZipError(message('zip.larger', { name, size: String(size) }));
      chunks.push(chunk);
      if (final) state = 'done';
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; state !== 'done' && at < bytes.length; at += CHUNK) unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.length);
  } catch (cause) {
    if (cause instanceof ZipError) throw cause;
    throw new ZipError(message(state === 'reading' ? 'zip.cut-short' : 'zip.damaged', { name }));
  }
  if (state !== 'done') throw new ZipError(message(state === 'reading' ? 'zip.cut-short' : 'zip.damaged', { name }));
  if (inflated !== size) throw new ZipError(message('zip.mismatch', { name }));
  return Buffer.concat(chunks);
}
