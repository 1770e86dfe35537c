// Reads the entries of a zip archive one by one, inflating only the entries asked for, each within limits of size
// and of compression ratio, so that a small file cannot make coop-report inflate gigabytes (a zip bomb). Node.js's
// own inflate (node:zlib) stops at the size the entry's header declares.
import { crc32, inflateRawSync } from 'node:zlib';
import { t } from '../../i18n/translate.ts';

/** Zip's signatures and the methods read: stored and deflated. */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const STORED = 0;
const DEFLATE = 8;

/** How large an entry may be once inflated: Word's parts are kilobytes to a few megabytes. */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;

/** How many times larger than its compressed bytes an entry of more than a mebibyte may be (XML inflates 5 to 30 times, deflate at most about 1000). */
export const MAX_RATIO = 500;

/** An entry of the archive as its central directory lists it. */
interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  packed: number;
  size: number;
  offset: number;
}

/** A zip archive opened: its entries by name, each inflated when asked for. */
export interface Zip {
  has(name: string): boolean;
  /** The entry's bytes, or undefined when there is no such entry; throws ZipError when it cannot be read within the limits. */
  read(name: string): Uint8Array | undefined;
}

/** The archive is not a zip, or one of its entries cannot be read within the limits. */
export class ZipError extends Error {
  override name = 'ZipError';
}

// Opens an archive: reads its central directory, inflates nothing yet.
export function openZip(bytes: Uint8Array): Zip {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(data);
  return {
    has: (name) => entries.has(name),
    read: (name) => {
      const entry = entries.get(name);
      return entry ? inflateEntry(data, entry) : undefined;
    },
  };
}

// Finds the end-of-central-directory record and reads every entry it lists.
function centralDirectory(data: Buffer): Map<string, Entry> {
  const end = findEnd(data);
  if (end < 0) throw new ZipError(t('zip.not-zip'));
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const start = data.readUInt32LE(end + 16);
  if (count === 0xffff || start === 0xffffffff || size === 0xffffffff) throw new ZipError(t('zip.zip64'));
  if (start + size > end) throw new ZipError(t('zip.outside'));
  const entries = new Map<string, Entry>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== CENTRAL_HEADER) throw new ZipError(t('zip.damaged-list'));
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (next > end) throw new ZipError(t('zip.damaged-list'));
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const entry = {
      name,
      encrypted: (data.readUInt16LE(at + 8) & 1) === 1,
      method: data.readUInt16LE(at + 10),
      crc: data.readUInt32LE(at + 16),
      packed: data.readUInt32LE(at + 20),
      size: data.readUInt32LE(at + 24),
      offset: data.readUInt32LE(at + 42),
    };
    if (!entries.has(name)) entries.set(name, entry);
    at = next;
  }
  return entries;
}

// Returns where the end-of-central-directory record starts, searching back over the longest comment it can have; -1 if none.
function findEnd(data: Buffer): number {
  for (let at = data.length - 22; at >= 0 && at >= data.length - 22 - 0xffff; at--) if (data.readUInt32LE(at) === END_OF_CENTRAL) return at;
  return -1;
}

// Inflates one entry, refusing one larger than the limit, one that inflates too many times over, and one whose bytes
// do not match its header (size or CRC-32).
function inflateEntry(data: Buffer, entry: Entry): Uint8Array {
  const name = entry.name;
  if (entry.encrypted) throw new ZipError(t('zip.encrypted', { name }));
  if (entry.size > MAX_ENTRY_BYTES) throw new ZipError(t('zip.too-large', { name, size: String(entry.size), max: String(MAX_ENTRY_BYTES) }));
  if (entry.size > 1024 * 1024 && entry.size > entry.packed * MAX_RATIO)
    throw new ZipError(t('zip.bomb', { name, ratio: String(Math.round(entry.size / Math.max(1, entry.packed))), max: String(MAX_RATIO) }));
  if (entry.offset + 30 > data.length || data.readUInt32LE(entry.offset) !== LOCAL_HEADER) throw new ZipError(t('zip.damaged', { name }));
  const start = entry.offset + 30 + data.readUInt16LE(entry.offset + 26) + data.readUInt16LE(entry.offset + 28);
  if (start + entry.packed > data.length) throw new ZipError(t('zip.cut-short', { name }));
  const packed = data.subarray(start, start + entry.packed);
  let bytes: Buffer;
  if (entry.method === STORED) bytes = packed;
  else if (entry.method === DEFLATE) {
    try {
      bytes = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (cause) {
      const tooLarge = (cause as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new ZipError(tooLarge ? t('zip.larger', { name, size: String(entry.size) }) : t('zip.not-inflated', { name, why: (cause as Error).message }));
    }
  } else throw new ZipError(t('zip.method', { name, method: String(entry.method) }));
  if (bytes.length !== entry.size || crc32(bytes) !== entry.crc) throw new ZipError(t('zip.mismatch', { name }));
  return bytes;
}
