// How the analyst started coop-report, so that a command the output suggests works the same way: from the PATH, or
// through npx, which puts the command on no PATH of the shell that ran it.
import { isAbsolute, relative, resolve } from 'node:path';

/** The program's name, as the PATH and npx know it. */
const PROGRAM = 'coop-report';

// Returns the words that start coop-report as this run was started, for a shell in the folder `from`: "coop-report";
// "npx coop-report" when npx ran an installed copy; "npx --yes --package <file> coop-report" when npx ran a packed
// file or a folder, its path seen from `from`. npm exec (npx) tells what it runs in npm_lifecycle_script and the
// package it was given in npm_config_package; `cwd` is the folder the run started in.
export function programWords(env: Record<string, string | undefined>, cwd: string, from: string): string {
  // npm quotes the program for the shell ('coop-report'), and gives its arguments apart
  const program = /^\s*(['"]?)([^\s'"]+)\1(\s|$)/.exec(env.npm_lifecycle_script ?? '')?.[2];
  if (env.npm_command !== 'exec' || program !== PROGRAM) return PROGRAM;
  const spec = env.npm_config_package;
  if (!spec) return `npx ${PROGRAM}`;
  return `npx --yes --package ${quoted(isPath(spec) ? pathFrom(from, resolve(cwd, spec)) : spec)} ${PROGRAM}`;
}

// Tells whether npx's package is a file or folder (a path) rather than a name in the registry.
function isPath(spec: string): boolean {
  return isAbsolute(spec) || /^\.\.?([/\\]|$)/.test(spec) || /\.(tgz|tar\.gz|tar)$/.test(spec);
}

// Returns a path as written from a folder: "./x" or "../x", so that npx takes it as a path, not a name.
function pathFrom(from: string, path: string): string {
  const seen = relative(from, path).split('\\').join('/');
  return seen.startsWith('../') || isAbsolute(seen) ? seen : `./${seen}`;
}

// Quotes a word for the shell when it holds anything but plain path characters.
export function quoted(word: string): string {
  return /^[\w./\\:@-]+$/.test(word) ? word : `"${word}"`;
}
