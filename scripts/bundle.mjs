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
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const SCRIPT = join(DIST, 'coop-report.cjs');
const BUILD = randomBytes(8).toString('hex');

// Writes a file through a temporary one beside it, so that a reader sees the old file or the new one.
function writeWhole(path, content) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

// Compiles each built-in template that passes src/render/template-check.ts, with the options src/render/templates.ts
// uses, keyed by its source text; the module src/render/precompiled.ts is replaced by the result. A template that
// fails the check is left out, so that running it reports the problem at its line as usual.
async function precompiledTemplates() {
  const checker = await build({
    stdin: { contents: "export { checkTemplate } from './src/render/template-check.ts'; export { HELPERS, BLOCK_HELPERS } from './src/render/helpers/index.ts';", resolveDir: ROOT, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning',
  });
  const { checkTemplate, HELPERS, BLOCK_HELPERS } = await import(`data:text/javascript;base64,${Buffer.from(checker.outputFiles[0].contents).toString('base64')}`);
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
  plugins: [await precompiledTemplates()],
  footer: { js: `//# build ${BUILD}` },
});
rmSync(`${SCRIPT}.cache`, { force: true });
writeWhole(SCRIPT, result.outputFiles[0].contents);
rmSync(join(DIST, 'cli.js'), { force: true });
writeWhole(join(DIST, 'cli.cjs'), readFileSync(join(ROOT, 'scripts', 'cli-loader.cjs')));
// code cache: without data/ (an installed copy without it) the command still runs, compiled as it starts
if (existsSync(join(ROOT, 'data', 'office.yaml'))) primeCodeCache();
