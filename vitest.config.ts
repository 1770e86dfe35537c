import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import { build } from 'esbuild';
import Handlebars from 'handlebars';
import type { Plugin } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
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

/** The files that take longest, longest first: test/cli/pack.test.ts alone (npm ci twice) takes a third of the suite's
 * time on two cores. */
const LONGEST = [
  'test/cli/pack.test.ts',
  'test/pipeline/doc-examples.test.ts',
  'test/write/well-formed.test.ts',
  'test/browser/preview.test.ts',
  'test/bundle/bundle.test.ts',
];

// Starts the longest files first, then the others in vitest's own order (the longest of the last run first, or the
// largest files when there was none), so that no worker is left with a long file while the other has finished.
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST.indexOf(relative(file.project.config.root, file.moduleId).split(sep).join('/'));
      return at === -1 ? LONGEST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [precompiledTemplates()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/bundle.ts'],
    setupFiles: ['test/support/cleanup.ts'],
    // the files of a worker share its modules instead of each importing the source afresh: about 30 s less on two
    // cores (the suite's imports took 30 s of its 80). No module keeps state that a test file would have to put back
    // (the language of the messages is a value passed to what speaks); the suite also passes with the files in random
    // order (--sequence.shuffle.files).
    isolate: false,
    // one test file per core: vitest's default leaves one core idle, which on two cores runs the files one by one
    maxWorkers: availableParallelism(),
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
