// The streams and environment a command runs with, and colour only where a terminal wants it.
import type { Paint } from '../diagnostics/format.ts';

/** The ANSI codes that turn each colour on and off (the 16-colour set every terminal shows). */
const CODES: Record<keyof Paint, [on: number, off: number]> = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22] };

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

// Returns the colours for a stream: ANSI codes around the text when colour is wanted, the text alone otherwise.
export function paintFor(stream: Output, env: IO['env']): Paint {
  const colour = wantsColor(stream, env);
  const paint = (name: keyof Paint) => (text: string) => (colour && text ? `\x1b[${CODES[name][0]}m${text}\x1b[${CODES[name][1]}m` : text);
  return { red: paint('red'), yellow: paint('yellow'), cyan: paint('cyan'), dim: paint('dim'), bold: paint('bold') };
}
