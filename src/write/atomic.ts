// Writes files so that a reader never sees half a file: a temporary file beside it, then a rename.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** A file to write: where, and its bytes. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

// Writes every file to a temporary name first, then renames them all; on failure, removes the temporaries.
export function writeAtomically(files: OutputFile[]): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temp = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
      writeFileSync(temp, file.content);
      staged.push({ temp, path: file.path });
    }
    for (const { temp, path } of staged) renameSync(temp, path);
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
}
