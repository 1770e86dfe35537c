// Bundles the command into dist/ (run by `npm install` and `npm run build`):
//   coop-report.cjs        the whole program in one script, with the built-in templates compiled;
//   coop-report.cjs.cache  V8's code cache for it, made by running `validate` and `build 2010` once on data/;
//   cli.cjs                what bin/coop-report.js requires: runs the script from the cache (scripts/cli-loader.cjs).
// Start-up then reads three files and compiles almost nothing. Each file is written whole or not at all.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SCRIPT = join(DIST, 'coop-report.cjs');
const BUILD = randomBytes(8).toString('hex');
const require = createRequire(import.meta.url);

// Writes a file through a temporary one beside it, so that a reader sees the old file or the new one.
function writeWhole(path, content) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

// Gives commander a child_process that loads when first used: commander needs it only for subcommands that are
// programs of their own, which coop-report has none of, and loading it costs a few milliseconds of every start.
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(bundler) {
      bundler.onResolve({ filter: /^(node:)?child_process$/ }, (args) => {
        if (args.namespace === 'lazy') return { path: 'node:child_process', external: true };
        if (!/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)) return undefined;
        return { path: 'child_process', namespace: 'lazy' };
      });
      bundler.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        loader: 'js',
        contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });\n",
      }));
    },
  };
}

// Loads, from the source tree, what the bundle is made with: the template check and helpers, and the schemas' parsers.
async function sourceTools() {
  const tools = await build({
    stdin: {
      contents: [
        "export { checkTemplate } from './src/render/template-check.ts';",
        "export { HELPERS, BLOCK_HELPERS } from './src/render/helpers/index.ts';",
        "export { parserSource } from './src/schema/parser-source.ts';",
        "export { KINDS } from './src/schema/records.ts';",
        "export { KIND_NAMES } from './src/schema/kinds.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(tools.outputFiles[0].contents).toString('base64')}`);
}

// Compiles each built-in template that passes src/render/template-check.ts, with the options src/render/templates.ts
// uses, keyed by its source text; the module src/render/precompiled.ts is replaced by the result. A template that
// fails the check is left out, so that running it reports the problem at its line as usual.
function precompiledTemplates({ checkTemplate, HELPERS, BLOCK_HELPERS }) {
  const options = JSON.parse(readFileSync(join(ROOT, 'src', 'render', 'compile-options.json'), 'utf8'));
  const folder = join(ROOT, 'templates');
  const files = [join(folder, 'section.md.hbs'), ...readdirSync(join(folder, 'partials')).filter((f) => f.endsWith('.md.hbs')).map((f) => join(folder, 'partials', f))];
  const names = new Set(files.map((path) => basename(path, '.md.hbs')));
  const helpers = new Set([...Object.keys(HELPERS), ...Object.keys(BLOCK_HELPERS)]);
  const entries = [];
  for (const path of files) {
    const source = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '');
    try {
      checkTemplate(Handlebars, source, path, names, helpers);
      entries.push(`[${JSON.stringify(source)}, ${Handlebars.precompile(source, options)}]`);
    } catch {
      // left to be compiled, and reported, when it is loaded
    }
  }
  return {
    name: 'precompiled-templates',
    setup(bundler) {
      bundler.onLoad({ filter: /[\\/]src[\\/]render[\\/]precompiled\.ts$/ }, () => ({
        loader: 'js',
        resolveDir: join(ROOT, 'src', 'render'),
        contents: `export { default as COMPILE_OPTIONS } from './compile-options.json';\nconst COMPILED = new Map([\n${entries.join(',\n')}\n]);\nexport function precompiled(source) { return COMPILED.get(source); }\n`,
      }));
    },
  };
}

// Writes each kind's fast parser (src/schema/parser-source.ts) into the bundle in place of src/schema/fast-parsers.ts,
// which would make them from zod as it loads: checking valid records then loads no zod at all. A kind zod cannot
// generate a parser for is left out, and zod checks its records.
function fastParsers({ parserSource, KINDS, KIND_NAMES }) {
  const entries = [];
  for (const kind of KIND_NAMES) {
    const source = parserSource(KINDS[kind].schema);
    if (source !== undefined) entries.push(`  ${JSON.stringify(kind)}: (() => {\n${source}\n})(),`);
  }
  return {
    name: 'fast-parsers',
    setup(bundler) {
      bundler.onLoad({ filter: /[\\/]src[\\/]schema[\\/]fast-parsers\.ts$/ }, () => ({
        loader: 'js',
        resolveDir: join(ROOT, 'src', 'schema'),
        // zod's helpers from their own module, not zod/v4/core, whose index would load the rest of zod at start-up
        contents: `import * as util from ${JSON.stringify(join(dirname(require.resolve('zod/package.json')), 'v4', 'core', 'util.js'))};\nexport const INVALID = Symbol.for('zod.compile.invalid');\nexport const PARSERS = {\n${entries.join('\n')}\n};\n`,
      }));
    },
  };
}

// Runs validate and build 2010 once on the embedded data in a fresh process, then saves the code cache that leaves:
// V8 then has every function those commands run already compiled. Their exit codes do not matter here, and if this
// fails the command still works, only compiled as it starts.
function primeCodeCache() {
  const out = mkdtempSync(join(tmpdir(), 'coop-report-bundle-'));
  const cache = `${SCRIPT}.cache`;
  const run = `
    import { renameSync, writeFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const { main, codeCache } = createRequire(import.meta.url)(${JSON.stringify(join(DIST, 'cli.cjs'))});
    const quiet = { write: () => true };
    const io = { stdout: quiet, stderr: quiet, env: {}, cwd: ${JSON.stringify(ROOT)} };
    const data = ${JSON.stringify(join(ROOT, 'data'))};
    await main(['validate', '--data', data], io);
    await main(['build', '2010', '--data', data, '--out', ${JSON.stringify(out)}], io);
    writeFileSync(${JSON.stringify(`${cache}.${process.pid}.tmp`)}, codeCache());
    renameSync(${JSON.stringify(`${cache}.${process.pid}.tmp`)}, ${JSON.stringify(cache)});
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', run], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (failure) {
    process.stderr.write(`scripts/bundle.mjs: no code cache (${String(failure.stderr ?? failure.message).trim().split('\n')[0]}); coop-report will start more slowly.\n`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

mkdirSync(DIST, { recursive: true });
const tools = await sourceTools();
// bundle
const result = await build({
  entryPoints: [join(ROOT, 'src/cli/main.ts')],
  outfile: SCRIPT,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // ASCII only (the rest escaped), which cli.cjs relies on to read the script as latin1
  charset: 'ascii',
  // whitespace and syntax only: names stay, so stack traces and anything reading a function's name still hold
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // the script runs inside a function that cli.cjs gives its own URL, which src/paths.ts reads as import.meta.url
  define: { 'import.meta.url': '__coopReportUrl' },
  plugins: [precompiledTemplates(tools), fastParsers(tools), lazyChildProcess()],
  footer: { js: `//# build ${BUILD}` },
});
// cli.cjs reads the script as latin1, which is exact only for ASCII: esbuild escapes the rest, but not in regular
// expressions, where the source must write \\u0142 for ł
const nonAscii = result.outputFiles[0].text.split('\n').findIndex((line) => /[^\x00-\x7f]/.test(line));
if (nonAscii >= 0) throw new Error(`scripts/bundle.mjs: line ${nonAscii + 1} of the bundle is not ASCII (a regular expression with a letter such as ł?): ${result.outputFiles[0].text.split('\n')[nonAscii].match(/.{0,40}[^\x00-\x7f]+.{0,40}/)[0]}`);
rmSync(`${SCRIPT}.cache`, { force: true });
writeWhole(SCRIPT, result.outputFiles[0].contents);
rmSync(join(DIST, 'cli.js'), { force: true });
writeWhole(join(DIST, 'cli.cjs'), readFileSync(join(ROOT, 'scripts', 'cli-loader.cjs')));
// code cache: without data/ (an installed copy without it) the command still runs, compiled as it starts
if (existsSync(join(ROOT, 'data', 'office.yaml'))) primeCodeCache();
