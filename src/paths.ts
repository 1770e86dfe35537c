// Finds the folders shipped with coop-report (built-in templates), from the source tree or the bundle.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Language } from './i18n/language.ts';

// Returns the package's root folder: the nearest folder above this module that holds templates/.
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates', 'section.md.hbs'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('coop-report cannot find its built-in templates folder');
    dir = up;
  }
  return dir;
}

let root: string | undefined;

// Returns the folder of the built-in templates.
export function builtInTemplates(): string {
  root ??= findPackageRoot();
  return join(root, 'templates');
}

// Returns the folder of the starter project (config file and data folder) that `coop-report init` copies, with its
// comments in a language.
export function starterProject(language: Language): string {
  root ??= findPackageRoot();
  return join(root, 'starter', language);
}

// Returns the helper thread's module in the bundle (src/pipeline/helper-thread.ts as scripts/bundle.mjs writes it).
export function helperThreadModule(): URL {
  root ??= findPackageRoot();
  return pathToFileURL(join(root, 'dist', 'helper-thread.js'));
}
