// dist/cli.cjs, the module bin/coop-report.js requires (scripts/bundle.mjs copies it there from scripts/cli-loader.cjs).
// It runs the bundled command, dist/coop-report.cjs, from the V8 code cache made when it was bundled, so start-up
// compiles almost nothing. A cache made for another build of the bundle is not used; one made by another Node.js
// is refused by V8. Either way the script is then compiled as usual: slower, never wrong.
// CommonJS, like the bin: Node.js starts a CommonJS entry a few milliseconds sooner than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

const file = join(__dirname, 'coop-report.cjs');
// the bundle is ASCII (esbuild escapes the rest), so latin1 reads it exactly, without decoding UTF-8
const source = readFileSync(file, 'latin1');
const build = source.slice(source.lastIndexOf('//# build ') + '//# build '.length).trim();
const script = new Script(`(function (exports, require, module, __filename, __dirname, __coopReportUrl) {${source}\n})`, {
  filename: file,
  cachedData: cacheFor(build),
});
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file), pathToFileURL(file).href);

/** Runs the command line and returns the exit code (src/cli/main.ts). */
exports.main = bundle.exports.main;

// Returns the code cache of the script as it stands, with the functions run so far compiled, marked with its build.
exports.codeCache = function codeCache() {
  return Buffer.concat([Buffer.from(`${build}\n`), script.createCachedData()]);
};

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
