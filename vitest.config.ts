import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
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
