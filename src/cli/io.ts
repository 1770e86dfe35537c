// The streams and environment a command runs with, and colour only where a terminal wants it.
import { paint, type Paint } from '../diagnostics/format.ts';
import type { Messages } from '../i18n/messages.ts';

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

/** What a command runs with: the outside world, and the words of the run in the language main() chose for it. */
export interface CommandIO extends IO {
  messages: Messages;
}

// Tells whether to colour a stream, as chalk decides from the environment it is given: FORCE_COLOR wins (0 or false
// turn colour off), then NO_COLOR, then whether the stream is a terminal that is not "dumb".
export function wantsColor(stream: Output, env: IO['env']): boolean {
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

// Returns the colours for a stream: chalk's when colour is wanted, the text alone otherwise.
export function paintFor(stream: Output, env: IO['env']): Paint {
  return paint(wantsColor(stream, env));
}
