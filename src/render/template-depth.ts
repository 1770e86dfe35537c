// Finds where a template nests too deep for Handlebars to read it, before Handlebars reads it. Handlebars' parser takes
// time that grows far faster than the nesting: 2,000 nested blocks take about a second, 10,000 a minute and a half,
// and a template of 1 MiB could hold 70,000. Its time grows only with the length when the nesting is bounded.

/** Deeper than this is refused before parsing: blocks, their {{else …}} branches and parentheses, counted together.
 * A template needs a few levels; blocks nested deeper than MAX_BLOCK_DEPTH (./template-check.ts) are refused after
 * parsing, with that limit in the message. */
export const MAX_NESTING = 64;

/** Inside a mustache: the characters that open a nested expression, a string or a [segment], or close it. */
const INSIDE = /[()"'[]|\}\}/g;

// Returns the index at which a template first nests deeper than MAX_NESTING, or undefined. It reads the template as
// Handlebars' lexer does: comments, raw blocks and escaped mustaches (\{{) are text; strings and [segments] inside a
// mustache hold no parentheses. A closing tag that matches no open block is left to Handlebars to report.
export function tooDeepTemplateAt(source: string): number | undefined {
  /** For each open block, innermost last: its level and one per {{else …}} chained to it. */
  const open: number[] = [];
  let depth = 0;
  for (let at = source.indexOf('{{'); at !== -1; ) {
    const skipTo = textUntil(source, at);
    if (skipTo !== undefined) {
      at = skipTo === -1 ? -1 : source.indexOf('{{', skipTo);
      continue;
    }
    const head = headOf(source, at);
    if (head.kind === 'open') {
      open.push(1);
      depth++;
    } else if (head.kind === 'chain' && open.length > 0) {
      open[open.length - 1]!++;
      depth++;
    } else if (head.kind === 'close' && open.length > 0) depth -= open.pop()!;
    if (depth > MAX_NESTING) return at;
    // the mustache's expressions, to its closing braces
    let inner = 0;
    let end = -1;
    INSIDE.lastIndex = head.from;
    for (let found = INSIDE.exec(source); found; found = INSIDE.exec(source)) {
      const c = found[0];
      if (c === '}}') {
        end = found.index + 2;
        break;
      }
      if (c === '(' && depth + ++inner > MAX_NESTING) return found.index;
      if (c === ')') inner = Math.max(0, inner - 1);
      if (c === '"' || c === "'" || c === '[') {
        const close = closing(source, found.index + 1, c === '[' ? ']' : c);
        if (close === -1) break;
        INSIDE.lastIndex = close + 1;
      }
    }
    at = end === -1 ? -1 : source.indexOf('{{', end);
  }
  return undefined;
}

// For a {{ at `at` that does not open a mustache (an escaped one, a comment, a raw block), returns where the text
// goes on (-1: at the end of the template); undefined for a mustache.
function textUntil(source: string, at: number): number | undefined {
  if (source[at - 1] === '\\' && source[at - 2] !== '\\') return at + 2;
  if (source.startsWith('{{!--', at)) return after(source, '--}}', at + 5);
  if (source.startsWith('{{!', at)) return after(source, '}}', at + 3);
  if (source.startsWith('{{{{', at)) {
    const opened = after(source, '}}}}', at + 4);
    const closing = opened === -1 ? -1 : source.indexOf('{{{{/', opened);
    return closing === -1 ? -1 : after(source, '}}}}', closing + 5);
  }
  return undefined;
}

/** What a mustache does to the nesting, and where its expressions start. */
interface Head {
  kind: 'open' | 'chain' | 'close' | 'none';
  from: number;
}

// Reads the start of the mustache at `at`: {{#…}} and {{^name}} open a block, {{/…}} closes one, {{else …}} chains a
// branch to the open block; {{else}}, {{^}} and any other mustache leave the nesting as it is.
function headOf(source: string, at: number): Head {
  let k = at + 2;
  if (source[k] === '{' || source[k] === '&') k++;
  if (source[k] === '~') k++;
  while (/\s/.test(source[k] ?? '')) k++;
  const c = source[k];
  if (c === '#') return { kind: 'open', from: k + 1 };
  if (c === '/') return { kind: 'close', from: k + 1 };
  if (c === '^') return { kind: endsHere(source, k + 1) ? 'none' : 'open', from: k + 1 };
  if (source.startsWith('else', k) && /\s/.test(source[k + 4] ?? '') && !endsHere(source, k + 4)) return { kind: 'chain', from: k + 4 };
  return { kind: 'none', from: k };
}

// Whether only white space and an optional ~ stand between `from` and the mustache's closing braces.
function endsHere(source: string, from: number): boolean {
  let k = from;
  while (/\s/.test(source[k] ?? '')) k++;
  if (source[k] === '~') k++;
  return source.startsWith('}}', k);
}

// Returns the index just after the next `what` from `from`, or -1.
function after(source: string, what: string, from: number): number {
  const found = source.indexOf(what, from);
  return found === -1 ? -1 : found + what.length;
}

// Returns the index of the character that closes a string or a [segment] opened just before `from` (a backslash
// escapes the quote), or -1.
function closing(source: string, from: number, quote: string): number {
  for (let k = source.indexOf(quote, from); k !== -1; k = source.indexOf(quote, k + 1)) if (source[k - 1] !== '\\') return k;
  return -1;
}
