// The streams and environment a command runs with, and colour only where a terminal wants it.
import { Chalk } from 'chalk';
import type { Paint } from '../diagnostics/format.ts';

/** A place to write text, such as process.stdout. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** What main() needs from the outside world; tests pass their own. */
export interface IO {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
}

// Tells whether to colour a stream: FORCE_COLOR wins, then NO_COLOR, then whether it is a terminal.
export function wantsColor(stream: Output, env: IO['env']): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

// Returns the colours for a stream: chalk when colour is wanted, plain text otherwise.
export function paintFor(stream: Output, env: IO['env']): Paint {
  const chalk = new Chalk({ level: wantsColor(stream, env) ? 1 : 0 });
  return { red: chalk.red, yellow: chalk.yellow, dim: chalk.dim, bold: chalk.bold, cyan: chalk.cyan };
}
