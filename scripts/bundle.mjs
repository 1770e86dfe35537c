// Bundles the command into dist/ (run by `npm install` and `npm run build`):
//   coop-report.cjs        the core: the command line, loading, validation and the model, with the validators;
//   part-<name>.cjs        the parts loaded when first needed (scripts/bundle.json): rendering with the built-in
//                          templates compiled, Handlebars' compiler, the Markdown writer, the DOCX writer with docx,
//                          the HTML writer, the preview server, the reference-DOCX reader, zod, and the yaml library;
//   *.cjs.cache            V8's code cache for each, made by running every command once on data/;
//   cli.cjs                what bin/coop-report.js requires: runs the scripts from their caches (scripts/cli-loader.cjs).
// `validate` then reads the core and its cache and compiles almost nothing; `build` adds the parts it writes with.
// Each file is written whole or not at all.
//
// For the benchmark's measure of what each shortcut saves (bench/run.mjs): --out DIR writes the scripts to DIR (with
// templates/ beside it) instead of dist/, and --without NAME[,NAME…] leaves shortcuts out (scripts/bundle.json).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The script the bin runs first: the command line, loading, validation and the model. */
const CORE = 'coop-report';
/**
 * scripts/bundle.json: `parts`, the parts loaded when first needed, each from the module the source imports
 * dynamically (dist/part-<name>.cjs); `libraries`, libraries imported statically that run only now and then, each
 * bundled as a part of its own and loaded on first use of any of its exports: yaml reads only the record files
 * js-yaml does not (src/load/plain-read.ts), the config file, and a record a message must point into;
 * character-entities, HTML's 2,000-odd named characters, is read by the Markdown parser and writer only for a
 * reference such as &amp;; the ICU message parser reads only messages with placeholders (src/i18n/translate.ts), which
 * a build that goes well does not write; `shared`, modules of the core that the parts use as they are (the messages, whose language
 * a run sets once, and Polish grammar, whose tables are built once) instead of each holding a copy; `shortcuts`, what
 * --without can leave out, and what each does.
 */
const { parts: PARTS, shared: SHARED, libraries: LIBRARIES, shortcuts: SHORTCUTS } = JSON.parse(readFileSync(join(ROOT, 'scripts', 'bundle.json'), 'utf8'));
/** The libraries loaded on first use, by package name, each with the name of its part (scripts/bundle.json). */
const LIBRARY_PARTS = new Map(Object.entries(LIBRARIES).map(([part, library]) => [library, part]));
const LAZY_LIBRARIES = [...LIBRARY_PARTS.keys()];
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const DIST = resolve(option('--out') ?? join(ROOT, 'dist'));
const WITHOUT = new Set((option('--without') ?? '').split(',').filter(Boolean));
for (const name of WITHOUT)
  if (!(name in SHORTCUTS)) throw new Error(`scripts/bundle.mjs: --without ${name}: no such shortcut; shortcuts: ${Object.keys(SHORTCUTS).join(', ')}.`);
const BUILD = randomBytes(8).toString('hex');
const require = createRequire(import.meta.url);

// Writes a file through a temporary one beside it, so that a reader sees the old file or the new one.
function writeWhole(path, content) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

// Loads, from the source tree, what the bundle is made with: the template check and helpers, the validators.
async function sourceTools() {
  const tools = await build({
    stdin: {
      contents: [
        "export { checkTemplate } from './src/render/template-check.ts';",
        "export { findTemplates, templateSource } from './src/render/templates.ts';",
        "export { withHelperPlaces } from './src/render/helper-places.ts';",
        "export { validatorSource } from './src/schema/validator-source.ts';",
        "export { SHAPES } from './src/schema/shapes.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(tools.outputFiles[0].contents).toString('base64')}`);
}

// Compiles each built-in template that passes src/render/template-check.ts, with the options src/render/templates.ts
// uses, keyed by its source text as src/render/templates.ts reads it; the module src/render/precompiled.ts is replaced
// by the result. A template that fails the check is left out, so that running it reports the problem at its line.
function precompiledTemplates({ checkTemplate, findTemplates, templateSource, withHelperPlaces }) {
  const options = JSON.parse(readFileSync(join(ROOT, 'src', 'render', 'compile-options.json'), 'utf8'));
  const files = findTemplates([join(ROOT, 'templates')], (path) => path);
  const names = new Set(files.keys());
  const entries = [];
  for (const { path } of files.values()) {
    const source = templateSource(path);
    try {
      checkTemplate(Handlebars, source, path, names);
      entries.push(`[${JSON.stringify(source)}, ${Handlebars.precompile(withHelperPlaces(Handlebars, source), options)}]`);
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

// Puts the validators Ajv generates from each kind's JSON Schema (src/schema/validator-source.ts) in the place of
// src/schema/validators.ts, which has none: checking valid records then loads no zod. Without them (Ajv could not
// compile a schema) the module stays as it is, and zod checks every record.
function validators({ validatorSource }) {
  const source = validatorSource();
  return {
    name: 'validators',
    setup(bundler) {
      if (source === undefined) return;
      bundler.onLoad({ filter: /[\\/]src[\\/]schema[\\/]validators\.ts$/ }, () => ({
        loader: 'js',
        resolveDir: join(ROOT, 'src', 'schema'),
        contents: `export const VALIDATORS = (() => {\nconst exports = {};\n${source}\nreturn exports;\n})();\n`,
      }));
    },
  };
}

// Writes the shape of each kind of record (src/schema/shapes.ts, worked out from the zod schemas) into the bundle as
// plain data, so that reading records loads no zod. Without it the module works the shapes out as it loads.
function shapes({ SHAPES }) {
  return {
    name: 'shapes',
    setup(bundler) {
      bundler.onLoad({ filter: /[\\/]src[\\/]schema[\\/]shapes\.ts$/ }, () => ({
        loader: 'js',
        contents: `export const SHAPES = ${JSON.stringify(SHAPES)};\n`,
      }));
    },
  };
}

// Loads a part from the bundle where the source imports it: an esbuild plugin for the builds of the core and parts.
// `await import('./render/index.ts')` becomes `__coopReportPart('render')`, which cli.cjs answers by running
// dist/part-render.cjs from its code cache. A build does not cut out the part it is the build of. In a part, a
// shared module (`import { t } from '../i18n/translate.ts'`) becomes the core's: `__coopReportPart('core').i18n`.
function partsCut(own) {
  const byPath = new Map(Object.entries(PARTS).map(([name, path]) => [join(ROOT, path), name]));
  const shared = new Map(Object.entries(SHARED).map(([name, path]) => [join(ROOT, path), name]));
  return {
    name: 'parts',
    setup(bundler) {
      bundler.onResolve({ filter: /^\./ }, (args) => {
        const path = join(args.resolveDir, args.path);
        if (own !== undefined && shared.has(path)) return { path: shared.get(path), namespace: 'shared' };
        if (args.kind !== 'dynamic-import') return undefined;
        const name = byPath.get(path);
        return name && name !== own ? { path: name, namespace: 'part' } : undefined;
      });
      bundler.onLoad({ filter: /.*/, namespace: 'part' }, (args) => ({
        loader: 'js',
        contents: `module.exports = __coopReportPart(${JSON.stringify(args.path)});\n`,
      }));
      bundler.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => ({
        loader: 'js',
        contents: `module.exports = __coopReportPart('core')[${JSON.stringify(args.path)}];\n`,
      }));
    },
  };
}

// Gives every script but the library's own part an object in its place whose exports load that part when first read:
// getters, so that the library's top level runs only when a command uses it. Each part then shares one copy.
function lazyLibraries(own) {
  return {
    name: 'lazy-libraries',
    setup(bundler) {
      bundler.onResolve({ filter: new RegExp(`^(${LAZY_LIBRARIES.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`) }, (args) =>
        args.path === own ? undefined : { path: args.path, namespace: 'lazy-library' },
      );
      bundler.onLoad({ filter: /.*/, namespace: 'lazy-library' }, async (args) => ({
        loader: 'js',
        contents: [
          'let library;',
          `for (const name of ${JSON.stringify(Object.keys(await import(args.path)).filter((name) => name !== 'default'))})`,
          `  Object.defineProperty(exports, name, { enumerable: true, get: () => (library ??= __coopReportPart(${JSON.stringify(LIBRARY_PARTS.get(args.path))}))[name] });`,
        ].join('\n'),
      }));
    },
  };
}

// Bundles one script: the core (src/cli/main.ts) or a part, with the plugins every script shares; returns its text,
// refusing one that is not ASCII.
async function bundleScript(entry, own, plugins) {
  // the core also exports the modules the parts share
  const sharing = own === undefined && !WITHOUT.has('parts');
  const result = await build({
    ...(sharing
      ? {
          stdin: {
            contents: [`export * from './${entry}';`, ...Object.entries(SHARED).map(([name, path]) => `export * as ${name} from './${path}';`)].join('\n'),
            resolveDir: ROOT,
            sourcefile: 'core-entry.ts',
            loader: 'ts',
          },
        }
      : { entryPoints: [join(ROOT, entry)] }),
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
    plugins: [...plugins, ...(WITHOUT.has('parts') ? [] : [partsCut(own)]), ...(WITHOUT.has('parts') || WITHOUT.has('libraries') ? [] : [lazyLibraries(own)])],
    footer: { js: `//# build ${BUILD}` },
  });
  const text = result.outputFiles[0].text;
  // esbuild escapes what is not ASCII, but not in regular expressions, where the source must write \u0142 for ł
  const line = text.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l));
  if (line >= 0)
    throw new Error(
      `scripts/bundle.mjs: line ${line + 1} of ${entry}'s script is not ASCII (a regular expression with a letter such as ł?): ${text.split('\n')[line].match(/.{0,40}[^\x00-\x7f]+.{0,40}/)[0]}`,
    );
  return text;
}

// Runs every command once in a fresh process, on the embedded data and on a broken copy of a record, so that each
// script of the bundle has run what its commands need; then saves each script's code cache, with those functions
// compiled. Exit codes do not matter here, and if this fails the command still works, only compiled as it starts.
function primeCodeCaches() {
  const work = mkdtempSync(join(tmpdir(), 'coop-report-bundle-'));
  const run = `
    import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    import { join } from 'node:path';
    const { main, codeCaches } = createRequire(import.meta.url)(${JSON.stringify(join(DIST, 'cli.cjs'))});
    const quiet = { write: () => true };
    const io = { stdout: quiet, stderr: quiet, env: {}, cwd: ${JSON.stringify(ROOT)} };
    const data = ${JSON.stringify(join(ROOT, 'data'))};
    const work = ${JSON.stringify(work)};
    const broken = join(work, 'broken');
    mkdirSync(join(broken, 'countries'), { recursive: true });
    writeFileSync(join(broken, 'office.yaml'), 'name:\\n  nom: Urząd\\nshort:\\n  nom: Urząd\\n');
    writeFileSync(join(broken, 'countries', 'x.yaml'), 'name:\\n  nom: 12\\ncapital: Oslo\\n');
    await main(['validate', '--data', data], io);
    await main(['build', '2010', '--data', data, '--out', work], io);
    await main(['build', '2010', '--data', data, '--out', join(work, 'again'), '--reference-doc', join(work, 'wspolpraca-miedzynarodowa-2010.docx'), '--format', 'docx'], io);
    await main(['validate', '--data', broken], io);
    // a template of the analyst's own (Handlebars' compiler) with a named character reference (character-entities)
    mkdirSync(join(work, 'templates'));
    writeFileSync(join(work, 'templates', 'section.md.hbs'), readFileSync(${JSON.stringify(join(ROOT, 'templates', 'section.md.hbs'))}, 'utf8') + '\\n\\nR&eacute;sum&eacute;\\n');
    await main(['build', '2010', '--data', data, '--out', join(work, 'custom'), '--templates', join(work, 'templates'), '--format', 'md'], io);
    await main(['schema'], io);
    await main(['build', '2010', '--data', data, '--out', join(work, 'html'), '--format', 'html', '--sources'], io);
    // the preview, stopped as soon as it serves, as Ctrl-C stops it
    const serving = { write: (text) => (text.startsWith('Previewing') && setImmediate(() => process.emit('SIGINT')), true) };
    await main(['preview', '2010', '--data', data, '--port', '0'], { ...io, stdout: serving });
    for (const { name, cache } of codeCaches()) {
      const path = join(${JSON.stringify(DIST)}, name + '.cjs.cache');
      writeFileSync(path + '.' + process.pid + '.tmp', cache);
      renameSync(path + '.' + process.pid + '.tmp', path);
    }
  `;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', run], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (failure) {
    process.stderr.write(
      `scripts/bundle.mjs: no code cache (${
        String(failure.stderr ?? failure.message)
          .trim()
          .split('\n')[0]
      }); coop-report will start more slowly.\n`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

mkdirSync(DIST, { recursive: true });
const tools = await sourceTools();
const plugins = [
  ...(WITHOUT.has('templates') ? [] : [precompiledTemplates(tools)]),
  ...(WITHOUT.has('validators') ? [] : [validators(tools)]),
  ...(WITHOUT.has('shapes') ? [] : [shapes(tools)]),
];
// bundle: the core and each part, all made before any is written
const scripts = { [CORE]: await bundleScript('src/cli/main.ts', undefined, plugins) };
if (!WITHOUT.has('parts')) for (const [name, path] of Object.entries(PARTS)) scripts[`part-${name}`] = await bundleScript(path, name, plugins);
if (!WITHOUT.has('parts') && !WITHOUT.has('libraries'))
  for (const name of LAZY_LIBRARIES) scripts[`part-${LIBRARY_PARTS.get(name)}`] = await bundleScript(relative(ROOT, require.resolve(name)), name, plugins);
// write: no cache or script of an earlier build stays beside the new ones
for (const file of readdirSync(DIST)) if (/\.cjs(\.cache)?$/.test(file) || file === 'cli.js') rmSync(join(DIST, file), { force: true });
for (const [name, text] of Object.entries(scripts)) writeWhole(join(DIST, `${name}.cjs`), text);
writeWhole(join(DIST, 'cli.cjs'), readFileSync(join(ROOT, 'scripts', 'cli-loader.cjs')));
// code caches: without data/ (an installed copy without it) the command still runs, compiled as it starts
if (existsSync(join(ROOT, 'data', 'office.yaml')) && !WITHOUT.has('code-cache')) primeCodeCaches();
