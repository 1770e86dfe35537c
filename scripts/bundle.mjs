// Bundles the command into dist/ (run by `npm install`, `npm pack` and `npm run build`): one esbuild build of plain ES
// modules with native code splitting. dist/cli.js is what bin/coop-report.js imports: the command line, loading,
// validation and the model; what only some commands need (rendering, Handlebars' compiler, the writers, the preview,
// the reference DOCX, the JSON Schema) is imported where the source imports it dynamically, from the chunks in
// dist/chunks/, which esbuild cuts and names. dist/helper-thread.js is the helper thread's module, which a command
// reading a large data folder starts (src/pipeline/helper.ts). The built-in templates are compiled now (Handlebars.precompile), so a
// build with them loads only Handlebars' runtime.
// Each file is written whole or not at all; files of an earlier build that this one no longer has are removed.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECOMPILED_MODULE, precompiledModule } from './precompile.mjs';

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

// The module src/render/precompiled.ts is replaced by one that holds the built-in templates, compiled now.
async function precompiledTemplates() {
  const contents = await precompiledModule({ build, Handlebars });
  return {
    name: 'precompiled-templates',
    setup(bundler) {
      bundler.onLoad({ filter: PRECOMPILED_MODULE }, () => ({ loader: 'js', resolveDir: join(ROOT, 'src', 'render'), contents }));
    },
  };
}

// bundle: everything made before anything is written
const result = await build({
  entryPoints: { cli: join(ROOT, 'src', 'cli', 'main.ts'), 'helper-thread': join(ROOT, 'src', 'pipeline', 'helper-thread.ts') },
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
  plugins: [await precompiledTemplates()],
});
// write: the new files, then away with what an earlier build left
const written = new Set(result.outputFiles.map((file) => relative(DIST, file.path)));
for (const file of result.outputFiles) writeWhole(file.path, file.contents);
for (const entry of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
  const file = relative(DIST, join(entry.parentPath, entry.name));
  if (entry.isFile() && !written.has(file) && !file.endsWith('.tmp')) rmSync(join(DIST, file), { force: true });
}
