// Bundles the command into dist/ (run by `npm install`, `npm pack` and `npm run build`): one esbuild build of plain ES
// modules with native code splitting. dist/cli.js is what bin/coop-report.js imports: the command line, loading,
// validation and the model; what only some commands need (rendering, Handlebars' compiler, the writers, the preview,
// the reference DOCX, the JSON Schema) is imported where the source imports it dynamically, from the chunks in
// dist/chunks/, which esbuild cuts and names. The built-in templates are compiled now (Handlebars.precompile), so a
// build with them loads only Handlebars' runtime.
// Each file is written whole or not at all; files of an earlier build that this one no longer has are removed.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundler and the template compiler are development libraries: a clone has them after `npm ci`, which bundles too.
const [{ build }, { default: Handlebars }] = await Promise.all([import('esbuild'), import('handlebars')]).catch((cause) => {
  if (cause?.code !== 'ERR_MODULE_NOT_FOUND') throw cause;
  console.error(
    `coop-report: bundling needs the development libraries, and ${cause.message.match(/'[^']+'/)?.[0] ?? 'one'} is not installed. Run "npm ci" first: it installs them and bundles the command; then "npm pack" packs it.`,
  );
  process.exit(1);
});

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

// Writes a file through a temporary one beside it, so that a reader sees the old file or the new one.
function writeWhole(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

// Loads, from the source tree, what the templates are compiled with: the template check and helpers.
async function sourceTools() {
  const tools = await build({
    stdin: {
      contents: [
        "export { checkTemplate } from './src/render/template-check.ts';",
        "export { findTemplates, templateSource } from './src/render/templates.ts';",
        "export { withHelperPlaces } from './src/render/helper-places.ts';",
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

// bundle: everything made before anything is written
const result = await build({
  entryPoints: { cli: join(ROOT, 'src', 'cli', 'main.ts') },
  outdir: DIST,
  write: false,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // whitespace and syntax only: names stay, so stack traces and anything reading a function's name still hold
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  // the CommonJS libraries bundled (commander, yaml, Handlebars) require Node.js's own modules, which an ES module does
  // through createRequire
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [precompiledTemplates(await sourceTools())],
});
// write: the new files, then away with what an earlier build left
const written = new Set(result.outputFiles.map((file) => relative(DIST, file.path)));
for (const file of result.outputFiles) writeWhole(file.path, file.contents);
for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
  const file = relative(DIST, join(entry.parentPath, entry.name));
  if (entry.isFile() && !written.has(file) && !file.endsWith('.tmp')) rmSync(join(DIST, file), { force: true });
}
