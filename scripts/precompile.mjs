// Compiles the built-in templates for the module that takes the place of src/render/precompiled.ts: in the bundle
// (scripts/bundle.mjs) and in the tests, which run the source (vitest.config.ts), so that both run what ships.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The module replaced, as a pattern of its path. */
export const PRECOMPILED_MODULE = /[\\/]src[\\/]render[\\/]precompiled\.ts$/;

// Loads, from the source tree, what the templates are compiled with: the template check and helpers.
async function sourceTools(build) {
  const tools = await build({
    stdin: {
      contents: [
        "export { checkTemplate } from './src/render/template-check.ts';",
        "export { findTemplates, templateSource } from './src/render/template-files.ts';",
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

// Returns the text of the module holding each built-in template that passes src/render/template-check.ts, compiled
// with the options src/render/templates.ts uses and keyed by its source text as src/render/templates.ts reads it. A
// template that fails the check is left out, so that running it reports the problem at its line. `build` is esbuild's.
export async function precompiledModule({ build, Handlebars }) {
  const { checkTemplate, findTemplates, templateSource, withHelperPlaces } = await sourceTools(build);
  const options = JSON.parse(readFileSync(join(ROOT, 'src', 'render', 'compile-options.json'), 'utf8'));
  const files = findTemplates([join(ROOT, 'templates')], (path) => path);
  const names = new Set(files.keys());
  const entries = [];
  for (const { path } of files.values()) {
    const source = templateSource(path);
    try {
      entries.push(`[${JSON.stringify(source)}, ${Handlebars.precompile(withHelperPlaces(checkTemplate(Handlebars, source, path, names)), options)}]`);
    } catch {
      // left to be compiled, and reported, when it is loaded
    }
  }
  return `export { default as COMPILE_OPTIONS } from './compile-options.json';\nconst COMPILED = new Map([\n${entries.join(',\n')}\n]);\nexport function precompiled(source) { return COMPILED.get(source); }\n`;
}
