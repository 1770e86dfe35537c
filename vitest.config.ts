import { availableParallelism } from 'node:os';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import type { Plugin } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import { PRECOMPILED_MODULE, precompiledModule } from './scripts/precompile.mjs';

// Gives the tests, which run the source, the built-in templates compiled as the bundle holds them, so that a build from
// the source runs what the installed command runs (Handlebars' runtime with the compiled templates) instead of
// compiling each template again at each load. Any other template is compiled from its source, as in the bundle.
function precompiledTemplates(): Plugin {
  let contents: Promise<string> | undefined;
  return {
    name: 'precompiled-templates',
    enforce: 'pre',
    load(id) {
      if (!PRECOMPILED_MODULE.test(id)) return undefined;
      contents ??= precompiledModule({ build, Handlebars });
      return contents;
    },
  };
}

export default defineConfig({
  plugins: [precompiledTemplates()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/bundle.ts'],
    // the files of a worker share its modules instead of each importing the source afresh: about 30 s less on two
    // cores (the suite's imports took 30 s of its 80). No module keeps state that a test file would have to put back
    // (the language of the messages is a value passed to what speaks); the suite also passes with the files in random
    // order (--sequence.shuffle.files).
    isolate: false,
    // one test file per core: vitest's default leaves one core idle, which on two cores runs the files one by one
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
