// Writes the tables of diagnostic codes into docs/validation.md and docs/pl/kody.md from the codes' declarations in
// src/ (the rules' meta, and the codes raised outside them): `npm run docs`. The source is bundled with esbuild, as
// scripts/bundle.mjs loads it, because Node 20 runs no TypeScript; the libraries are imported as they are.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..');

// Loads the codes and the table writer from the source tree.
async function sourceCodes() {
  const bundled = await build({
    stdin: {
      contents: ["export { allCodes } from './src/codes/all.ts';", "export { CODE_PAGES, codeTables, withTables } from './src/codes/tables.ts';"].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  // beside the libraries, which it imports as they are
  const file = join(mkdtempSync(join(ROOT, 'node_modules', '.coop-report-docs-')), 'codes.mjs');
  writeFileSync(file, bundled.outputFiles[0].contents);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

const { allCodes, CODE_PAGES, codeTables, withTables } = await sourceCodes();
const codes = allCodes();
for (const { path, language, level } of CODE_PAGES) {
  const file = join(ROOT, path);
  const before = readFileSync(file, 'utf8');
  const after = withTables(before, codeTables(codes, language, level));
  if (after !== before) writeFileSync(file, after);
  console.log(`${path}: ${codes.length} codes${after === before ? ', unchanged' : ''}`);
}
