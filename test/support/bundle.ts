// Bundles the command once before the tests, so that tests spawning bin/coop-report.js run the current source.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// Runs scripts/bundle.mjs, which writes dist/cli.js and its chunks.
export default function bundle(): void {
  const root = join(import.meta.dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
}
