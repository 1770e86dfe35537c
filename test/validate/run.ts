// Runs the command line for the validation tests: in-process through main() with captured output, or through the bin.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../support/shipped.ts';
import { ROOT } from '../support/data.ts';

export const INVALID = join(ROOT, 'test', 'fixtures', 'invalid');
const BIN = join(ROOT, 'bin', 'coop-report.js');

/** What a run gave. */
export interface Run {
  exit: number;
  stdout: string;
  stderr: string;
}

/** One diagnostic as --format json prints it. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

// Runs main() in a working folder with captured streams and no colour.
export async function runMain(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd };
  const exit = await main(args, io);
  return { exit, stdout, stderr };
}

// Runs bin/coop-report.js in a child process.
export function runBin(args: string[], cwd: string): Run {
  const child = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH }, encoding: 'utf8' });
  return { exit: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

// Writes diagnostics as "file:line:column code", the form the case tables expect.
export function located(diagnostics: JsonDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`);
}
