// Removes the temporary folders of each test file after it (vitest runs this file before each test file, as
// vitest.config.ts says). The files of a worker share test/support/data.ts, which is loaded once: a hook it registered
// itself would run after the first of them only, and the folders of the others would stay.
import { afterAll } from 'vitest';
import { removeTempDirs } from './data.ts';

afterAll(removeTempDirs);
