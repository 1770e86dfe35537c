// Reads a file's bytes within a limit that holds whatever the file says of its size: a regular file only (a pipe, a
// device or a folder refused before a byte is read), and never more than a few bytes past the limit (a /proc file that
// stat calls empty, a file growing under us).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Why a file was not read: a system error code, "special" (not a regular file), "EISDIR", or "too-large" with the
 * size stat gave, or undefined when the file said nothing of it (it held more than the limit when read). */
export type Refusal = { why: string; size?: number };

/** How much is read at first when stat gives no size (a /proc file): more than most record files hold. */
const FIRST_READ = 64 * 1024;

/** How far past the limit a read may go: eight bytes, as some /proc files read only in whole words of eight. */
const PAST_LIMIT = 8;

// Reads at most `limit` bytes of a regular file, or says why it was refused. The file is opened without blocking, so
// that a pipe with no writer cannot stop the run, and what is open is checked (not what the path named a moment before).
export function readBounded(path: string, limit: number): { bytes: Buffer } | Refusal {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    return { why: (cause as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { why: 'EISDIR' };
    if (!stat.isFile()) return { why: 'special' };
    if (stat.size > limit) return { why: 'too-large', size: stat.size };
    // read until the end, or until one byte past the limit: the size stat gave is only where the buffer starts
    const most = limit + PAST_LIMIT;
    let buffer = Buffer.allocUnsafe(Math.min(most, stat.size > 0 ? stat.size + 1 : FIRST_READ));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { why: 'too-large' };
        buffer = Buffer.concat([buffer], Math.min(most, buffer.length * 2));
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { why: 'too-large' };
    return { bytes: buffer.subarray(0, length) };
  } catch (cause) {
    return { why: (cause as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    closeSync(fd);
  }
}
