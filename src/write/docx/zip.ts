// Writes a zip archive: every entry deflated by node:zlib, with one fixed time, in the order given. Native deflate
// because a cold start's JavaScript deflate (fflate) took longer than the rest of the DOCX and left V8 compiling its
// loops as the process exited. Reference documents are read by ./unzip.ts (node:zlib too), the skeleton by fflate.
import { crc32, deflateRawSync } from 'node:zlib';

/** Zip's signatures, and the version (2.0: deflate) needed to extract. */
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const VERSION = 20;
const DEFLATE = 8;

/**
 * zlib's settings for the parts, all a few kilobytes: an 8 kB window and a smaller hash table than zlib's default
 * (32 kB, memLevel 8) compress them as well (within 1 %) and make each of the twenty-odd compressors a quarter
 * quicker to set up, which is most of their time.
 */
const SETTINGS = { level: 6, windowBits: 13, memLevel: 5 };

/** An entry's bytes deflated, with the CRC-32 and size of the bytes themselves. */
export interface Deflated {
  crc: number;
  size: number;
  packed: Uint8Array;
}

/** An entry to write: its path in the archive (ASCII) and its bytes, or its bytes deflated already. */
export type ZipEntry = { path: string; data: Uint8Array } | { path: string; deflated: Deflated };

// Deflates an entry's bytes as the archive stores them.
export function deflate(data: Uint8Array): Deflated {
  return { crc: crc32(data), size: data.length, packed: deflateRawSync(data, SETTINGS) };
}

// Writes the archive, deflating the entries not deflated already; the time is an MS-DOS date and time of day, already within zip's range (1980–2099).
export function zip(entries: ZipEntry[], time: { date: number; time: number }): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'latin1');
    const { crc, size, packed } = 'deflated' in entry ? entry.deflated : deflate(entry.data);
    const fields = { crc, packed: packed.length, size, name: name.length };
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    writeCommon(local, 4, fields, time);
    name.copy(local, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(VERSION, 4); // made by: MS-DOS, 2.0
    writeCommon(central, 6, fields, time);
    // extra field, comment, disk, internal and external attributes: all zero
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);
    locals.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const size = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

// Writes the fields a local header and a central header share, from `at`: version needed, flags, method, time, date,
// CRC-32, sizes and the name's length (the extra field's length stays zero).
function writeCommon(
  header: Buffer,
  at: number,
  fields: { crc: number; packed: number; size: number; name: number },
  time: { date: number; time: number },
): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(0, at + 2);
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(time.time, at + 6);
  header.writeUInt16LE(time.date, at + 8);
  header.writeUInt32LE(fields.crc, at + 10);
  header.writeUInt32LE(fields.packed, at + 14);
  header.writeUInt32LE(fields.size, at + 18);
  header.writeUInt16LE(fields.name, at + 22);
}
