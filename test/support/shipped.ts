// The command as it ships: main() of the bundle in dist/ (which test/support/bundle.ts makes before the tests), for
// tests that run the command line in-process with captured output.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IO } from '../../src/cli/io.ts';
import { ROOT } from './data.ts';

/** The bundle's main(): runs the command line and returns the exit code (src/cli/main.ts). */
export const { main } = (await import(pathToFileURL(join(ROOT, 'dist', 'cli.js')).href)) as { main: (argv: string[], io: IO) => Promise<number> };
