// dist/cli.js, the module bin/coop-report.js imports (scripts/bundle.mjs copies it there from scripts/cli-loader.js).
// It runs the bundled command, dist/coop-report.cjs, from the V8 code cache made when it was bundled, so start-up
// compiles almost nothing. A cache made for another build of the bundle is not used; one made by another Node.js
// is refused by V8. Either way the script is then compiled as usual: slower, never wrong.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const file = fileURLToPath(new URL('./coop-report.cjs', import.meta.url));
const source = readFileSync(file, 'utf8');
const build = source.slice(source.lastIndexOf('//# build ') + '//# build '.length).trim();
const script = new Script(`(function (exports, require, module, __filename, __dirname, __coopReportUrl) {${source}\n})`, {
  filename: file,
  cachedData: cacheFor(build),
});
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dirname(file), pathToFileURL(file).href);

/** Runs the command line and returns the exit code (src/cli/main.ts). */
export const main = bundle.exports.main;

// Returns the code cache of the script as it stands, with the functions run so far compiled, marked with its build.
export function codeCache() {
  return Buffer.concat([Buffer.from(`${build}\n`), script.createCachedData()]);
}

// Reads the code cache made for this build of the bundle, if there is one.
function cacheFor(id) {
  try {
    const bytes = readFileSync(`${file}.cache`);
    const end = bytes.indexOf(10);
    return bytes.subarray(0, end).toString() === id ? bytes.subarray(end + 1) : undefined;
  } catch {
    return undefined;
  }
}
