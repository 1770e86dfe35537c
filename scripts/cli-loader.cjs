// dist/cli.cjs, the module bin/coop-report.js requires (scripts/bundle.mjs copies it there from scripts/cli-loader.cjs).
// It runs the bundled command, dist/coop-report.cjs, and each part of it (dist/part-<name>.cjs) when the command
// first needs that part, each from the V8 code cache made when it was bundled, so that start-up compiles almost
// nothing. A cache made for another build of the bundle is not used; one made by another Node.js is refused by V8.
// Either way the script is then compiled as usual: slower, never wrong.
// CommonJS, like the bin: Node.js starts a CommonJS entry a few milliseconds sooner than an ES module.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

/** Each script run so far, by name, with the build it belongs to. */
const scripts = new Map();
/** What each part exports, once run. */
const parts = new Map();

// Runs a script of the bundle and returns its exports.
function run(name) {
  const file = join(__dirname, `${name}.cjs`);
  // the scripts are ASCII (esbuild escapes the rest), so latin1 reads them exactly, without decoding UTF-8
  const source = readFileSync(file, 'latin1');
  const build = source.slice(source.lastIndexOf('//# build ') + '//# build '.length).trim();
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __coopReportUrl, __coopReportPart) {${source}\n})`, {
    filename: file,
    cachedData: cacheFor(file, build),
  });
  scripts.set(name, { script, build });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, __dirname, pathToFileURL(file).href, part);
  return module.exports;
}

// Returns a part's exports, running it the first time; "core" is the core's, whose modules the parts share.
function part(name) {
  if (name === 'core') return core;
  if (!parts.has(name)) parts.set(name, run(`part-${name}`));
  return parts.get(name);
}

// Reads the code cache made for this build of a script, if there is one.
function cacheFor(file, build) {
  try {
    const bytes = readFileSync(`${file}.cache`);
    const end = bytes.indexOf(10);
    return bytes.subarray(0, end).toString() === build ? bytes.subarray(end + 1) : undefined;
  } catch {
    return undefined;
  }
}

/** What the core exports: main(), and the modules the parts share (scripts/bundle.json). */
const core = run('coop-report');

/** Runs the command line and returns the exit code (src/cli/main.ts). */
exports.main = core.main;

/** The code cache of each script run so far, with the functions run so far compiled, marked with its build. */
exports.codeCaches = function codeCaches() {
  return [...scripts].map(([name, { script, build }]) => ({ name, cache: Buffer.concat([Buffer.from(`${build}\n`), script.createCachedData()]) }));
};
