// Golden files: a test compares its output with the checked-in file and never writes it, so a deleted or changed
// golden file fails. After a deliberate change of output, `UPDATE_GOLDEN=1 npx vitest run <tests>` rewrites the
// golden files those tests compare with (and the CLI cases' expected output): review the diff before committing it.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './data.ts';

/** Whether this run rewrites the golden files instead of comparing with them. */
export const UPDATING = process.env.UPDATE_GOLDEN === '1';

// Compares text with a golden file, or rewrites the file when UPDATE_GOLDEN=1; `absentIfEmpty` keeps no file for no text.
export function expectGolden(actual: string, path: string, { absentIfEmpty = false } = {}): void {
  if (UPDATING) {
    if (absentIfEmpty && actual === '') rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, actual);
    }
    return;
  }
  const shown = relative(ROOT, path);
  if (!existsSync(path)) {
    if (absentIfEmpty) {
      expect(actual, `${shown} is absent, so no output is expected`).toBe('');
      return;
    }
    throw new Error(`The golden file ${shown} is missing. If the output is right, write it with UPDATE_GOLDEN=1 and review it.`);
  }
  expect(actual, shown).toBe(readFileSync(path, 'utf8'));
}
