// Runs the type check (tsc) and the lint and format check (Biome) side by side, as `npm test` does before the tests:
// on two cores they take the time of the longer one instead of both. Each one's output is printed when it ends, whole;
// the exit code is 1 when either failed.
import { spawn } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const CHECKS = ['tsc --noEmit -p tsconfig.json --incremental --tsBuildInfoFile node_modules/.cache/coop-report/tsc.tsbuildinfo', 'biome check .'];

/** The package's tools first on the PATH, as npm puts them for its scripts. */
const env = { ...process.env, PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };

// Runs a command of the package's tools in the repository and returns its exit code and output.
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: ROOT, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code, output: Buffer.concat(output).toString() }));
  });
}

const results = await Promise.all(
  CHECKS.map((command) =>
    run(command).then((result) => {
      process.stdout.write(result.output);
      return result;
    }),
  ),
);
const failed = results.filter((result) => result.code !== 0);
process.exitCode = failed.length ? 1 : 0;
