// Runs a CLI case from its fixture folder: in-process through main() with captured output, or through the real bin.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { main } from '../support/shipped.ts';
import { copyFolder, DATA, ROOT, tempDir } from '../support/data.ts';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'cli');
const BIN = join(ROOT, 'bin', 'coop-report.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** A case's case.yaml: the arguments, the exit code, and how to set up the run. */
export interface CaseSpec {
  args: string[];
  exit: number;
  /** Extra environment variables (FORCE_COLOR, NO_COLOR). */
  env?: Record<string, string>;
  /** The folder to run in, below the case's working folder. */
  cwd?: string;
  /** Run with stdout and stderr taken for terminals (in-process only: a child's are pipes). */
  tty?: boolean;
  /** A data folder to copy first: the starter records or the repository's. */
  data?: 'starter' | 'repo';
  /** Where to copy it, in the working folder (default data). */
  dataAt?: string;
  /** Paths that must not exist after the run (nothing written on an error). */
  absent?: string[];
}

/** What a run gave: the exit code, the output, and the working folder it ran in. */
export interface RunResult {
  exit: number;
  stdout: string;
  stderr: string;
  work: string;
}

const NOT_COPIED = new Set(['case.yaml', 'expected-stdout.txt', 'expected-stderr.txt', 'expected-files']);

// Reads a case's case.yaml.
export function readCase(name: string): CaseSpec {
  return parse(readFileSync(join(FIXTURES, name, 'case.yaml'), 'utf8')) as CaseSpec;
}

// Lays out a fresh working folder for a case: the data it names, then the fixture's own files over it.
function workFolder(name: string, spec: CaseSpec): string {
  const work = join(tempDir(), 'work');
  mkdirSync(work);
  if (spec.data) copyFolder(spec.data === 'repo' ? DATA : join(ROOT, 'starter', 'en', 'data'), join(work, spec.dataAt ?? 'data'));
  for (const entry of readdirSync(join(FIXTURES, name)))
    if (!NOT_COPIED.has(entry)) cpSync(join(FIXTURES, name, entry), join(work, entry), { recursive: true });
  return work;
}

// Runs a case in-process through main(), with captured streams.
export async function runInProcess(name: string, spec: CaseSpec): Promise<RunResult> {
  const work = workFolder(name, spec);
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: spec.tty ?? false },
    stderr: { write: (s: string) => (stderr += s), isTTY: spec.tty ?? false },
    env: { ...spec.env },
    cwd: join(work, spec.cwd ?? '.'),
  };
  const exit = await main(spec.args, io);
  return { exit, stdout: normalize(stdout, work), stderr: normalize(stderr, work), work };
}

// Runs a case through bin/coop-report.js in a child process, its output on pipes.
export function runBin(name: string, spec: CaseSpec): RunResult {
  const work = workFolder(name, spec);
  const child = spawnSync(process.execPath, [BIN, ...spec.args], {
    cwd: join(work, spec.cwd ?? '.'),
    env: { PATH: process.env.PATH, ...spec.env },
    encoding: 'utf8',
  });
  return { exit: child.status ?? -1, stdout: normalize(child.stdout, work), stderr: normalize(child.stderr, work), work };
}

// Makes output comparable: the working folder as <work>, the version as {version}, ESC as a visible ␛.
function normalize(text: string, work: string): string {
  return text.split(work).join('<work>').split(VERSION).join('{version}').replace(/\x1b/g, '␛');
}

// Lists the files a case expects written, relative to its working folder.
export function expectedFiles(name: string): string[] {
  const dir = join(FIXTURES, name, 'expected-files');
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}
