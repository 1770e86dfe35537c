// Test helpers for DOCX output: its XML parts, the raw zip entries, and the command line run in-process.
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../support/shipped.ts';
import type { IO } from '../../src/cli/io.ts';

// Returns one XML part of a DOCX as text.
export function part(docx: Uint8Array, path: string): string {
  const bytes = unzipSync(new Uint8Array(docx))[path];
  if (!bytes) throw new Error(`no ${path} in the DOCX`);
  return strFromU8(bytes);
}

// Puts each tag of an XML part on its own line, for readable golden files. Text never holds "><" (a "<" in text is
// always escaped), so this only adds line breaks between tags and changes nothing else.
export function pretty(xml: string): string {
  return `${xml.replace(/></g, '>\n<')}\n`;
}

/** One entry of a zip file as its local header states it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The MS-DOS date and time, read as UTC fields: "2010-12-31T12:00:00". */
  time: string;
}

// Walks the local file headers of a zip in file order.
export function zipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries: ZipEntry[] = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const [time, date] = [view.getUint16(at + 10, true), view.getUint16(at + 12, true)];
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    const pad = (n: number) => String(n).padStart(2, '0');
    entries.push({
      name: strFromU8(zip.subarray(at + 30, at + 30 + nameLength)),
      method: view.getUint16(at + 8, true),
      time: `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)}T${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
    });
    at += 30 + nameLength + extraLength + view.getUint32(at + 18, true);
  }
  return entries;
}

/** What a command printed and returned. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// Runs the command line in-process in a working folder, with the environment given.
export async function run(argv: string[], cwd: string, env: IO['env'] = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: IO = { cwd, env, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
