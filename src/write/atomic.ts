// Writes the files of a build all or none: each to a temporary file beside it, created exclusively under an
// unpredictable name, then every one renamed into place; if anything fails, the files already replaced get their
// old bytes back and no temporary file stays. Leftovers of a run that was killed are cleaned by the next run.
import * as nodeFs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { message } from '../i18n/message.ts';
import { checkFile } from './file-check.ts';
import { WriteError, writeProblem } from './write-error.ts';

/** A file to write: where, and its bytes. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** The file-system calls a write makes; tests pass their own to make one fail. */
export type FileSystem = Pick<
  typeof nodeFs,
  | 'mkdirSync'
  | 'statSync'
  | 'openSync'
  | 'writeSync'
  | 'closeSync'
  | 'renameSync'
  | 'rmSync'
  | 'linkSync'
  | 'copyFileSync'
  | 'lstatSync'
  | 'readdirSync'
  | 'existsSync'
>;

/** A file on its way: its temporary name, its place, and the copy of what stood there before (while the build may still fail). */
interface Staged {
  temp: string;
  path: string;
  backup?: string;
  placed?: boolean;
}

/** Temporary files and backups: ".<name>.<pid>-<random>.tmp" and ".<name>.<pid>-<random>.old". */
const LEFTOVER = /^\..+\.(\d+)-[0-9a-f]{16}\.(?:tmp|old)$/;

// Writes every file, or none: throws WriteError (what failed, at which path, what to do) and leaves every file as it was.
export function writeAtomically(files: OutputFile[], fs: FileSystem = nodeFs): void {
  // a file that came out broken (an empty PDF) is refused before anything is made or written, its folder included
  for (const file of files) checkFile(file.path, file.content);
  const staged: Staged[] = [];
  let current = '';
  try {
    // the folders, and what a killed run left in them
    for (const dir of new Set(files.map((file) => dirname(file.path)))) {
      current = dir;
      makeFolder(dir, fs);
      cleanLeftovers(dir, fs);
    }
    // a folder where a file goes is refused before anything is written
    for (const file of files) if (isFolder(file.path, fs)) throw writeProblem(Object.assign(new Error('a folder'), { code: 'EISDIR' }), file.path);
    // stage: every file to a new temporary file, never one that exists (a planted symlink is not followed)
    for (const file of files) {
      current = file.path;
      const entry: Staged = { temp: sibling(file.path, 'tmp'), path: file.path };
      writeNew(entry.temp, file.content, fs, () => staged.push(entry));
    }
    // commit: keep a copy of each file replaced, then rename the temporary file over it
    for (const entry of staged) {
      current = entry.path;
      if (fs.existsSync(entry.path)) entry.backup = keepCopy(entry.path, fs);
      fs.renameSync(entry.temp, entry.path);
      entry.placed = true;
    }
  } catch (cause) {
    restore(staged, fs);
    throw cause instanceof WriteError ? cause : writeProblem(cause, current);
  }
  for (const entry of staged) if (entry.backup) fs.rmSync(entry.backup, { force: true });
}

// Creates a folder and those above it, one at a time from the nearest that exists (mkdirSync's own recursion never
// ends where a folder exists but takes no new ones, as under /proc); what stands in the way is reported at itself.
function makeFolder(dir: string, fs: FileSystem): void {
  const missing: string[] = [];
  let at = dir;
  while (!isThere(at, fs) && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
  }
  // the nearest path that exists, a link that leads nowhere included, must be a folder, or a link to one
  if (!leadsToFolder(at, fs)) throw writeProblem(Object.assign(new Error(at), { code: fs.existsSync(at) ? 'ENOTDIR' : 'ENOENT' }), at);
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder);
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      // made meanwhile by another run
      if (code === 'EEXIST' && leadsToFolder(folder, fs)) continue;
      // a folder that is there and still takes no folder in it: a system one, such as /proc
      if (code === 'ENOENT' && leadsToFolder(dirname(folder), fs))
        throw new WriteError(message('write.cannot', { reason: message('write.no-subfolder') }), dirname(folder));
      throw writeProblem(cause, isThere(folder, fs) ? folder : dirname(folder));
    }
  }
}

// Tells whether a path is a folder, or a symbolic link that leads to one.
function leadsToFolder(path: string, fs: FileSystem): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

// Writes bytes to a path that must not exist yet (flag "wx"), calling `created` once the file exists.
function writeNew(path: string, content: string | Uint8Array, fs: FileSystem, created: () => void): void {
  const fd = fs.openSync(path, 'wx', 0o666);
  created();
  try {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
  } finally {
    fs.closeSync(fd);
  }
}

// Keeps a copy of a file about to be replaced, as a hard link (or a copy where links are not possible), and returns its path.
function keepCopy(path: string, fs: FileSystem): string {
  const backup = sibling(path, 'old');
  try {
    fs.linkSync(path, backup);
  } catch {
    fs.copyFileSync(path, backup, nodeFs.constants.COPYFILE_EXCL);
  }
  return backup;
}

// Undoes a failed write: puts each replaced file back, removes each new one that had no predecessor, and every temporary file.
function restore(staged: Staged[], fs: FileSystem): void {
  for (const entry of staged) {
    try {
      if (entry.placed && entry.backup) fs.renameSync(entry.backup, entry.path);
      else if (entry.placed) fs.rmSync(entry.path, { force: true });
      else if (entry.backup) fs.rmSync(entry.backup, { force: true });
    } catch {
      // the first failure is the one to report; a file that cannot be put back keeps its backup beside it
    }
    fs.rmSync(entry.temp, { force: true });
  }
}

// Removes the temporary files and backups of runs that are no longer running (their files stand where they were).
function cleanLeftovers(dir: string, fs: FileSystem): void {
  for (const name of fs.readdirSync(dir)) {
    const found = LEFTOVER.exec(name);
    if (found && !isRunning(Number(found[1]))) fs.rmSync(join(dir, name), { force: true });
  }
}

// Tells whether a process of this id is running (this one included).
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Tells whether anything stands at a path, a symlink that leads nowhere included.
function isThere(path: string, fs: FileSystem): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

// Tells whether a path is a folder (not following a symlink).
function isFolder(path: string, fs: FileSystem): boolean {
  try {
    return fs.lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

// Names a temporary file or backup beside a path: hidden, with this process's id and 64 random bits.
function sibling(path: string, kind: 'tmp' | 'old'): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(8).toString('hex')}.${kind}`);
}
