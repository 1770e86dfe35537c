// Checks a template before it runs: syntax, unknown helpers and missing partials, a helper that writes elsewhere than
// into the text, a name of the objects' inner workings, and blocks nested too deep, each at its line.
import type Handlebars from 'handlebars';
import { positionAt } from '../diagnostics/diagnostic.ts';
import { message, type Message } from '../i18n/message.ts';
import { closest } from '../validate/suggest.ts';
import { BUILT_IN_HELPERS, HELPER_NAMES, WRITING_HELPERS } from './helpers/index.ts';
import { tooDeepTemplateAt } from './template-depth.ts';
import { TemplateError } from './template-error.ts';

const BUILT_IN = new Set([...BUILT_IN_HELPERS, 'blockHelperMissing', 'helperMissing']);

/** How deep blocks may nest in one template ({{else if}} chains count once): the built-in ones nest five deep at most.
 * Each level can multiply the text; the budget (./budget.ts) bounds what the allowed levels do. */
export const MAX_BLOCK_DEPTH = 8;

/** Names of the inner workings of JavaScript objects, never a field of the data: a template naming one is probing
 * for a way out (the Handlebars prototype-access payload starts {{#with "constructor"}}). */
const INNER_NAMES = new Set([
  'constructor',
  'prototype',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'valueOf',
  'toString',
  'toLocaleString',
]);

/** The helpers whose first value becomes the context of their block: a literal there is never data. */
const CONTEXT_HELPERS = new Set(['with', 'each']);

type Node = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: unknown };

// Parses a template and walks it; throws TemplateError at the first problem, else returns the template as read.
export function checkTemplate(hb: typeof Handlebars, source: string, file: string, partials: Set<string>): hbs.AST.Program {
  // Handlebars' parser slows far faster than the nesting grows: a template nested too deep is refused before it reads it
  const deep = tooDeepTemplateAt(source);
  if (deep !== undefined) {
    const at = positionAt(source, deep);
    throw new TemplateError(message('template.too-deep'), file, at.line, at.column);
  }
  let ast: Node;
  try {
    ast = hb.parse(source) as unknown as Node;
  } catch (error) {
    throw syntaxError(source, file, error);
  }
  const tooDeep = deepBlock(ast, 0);
  if (tooDeep) throw new TemplateError(message('template.blocks-too-deep', { max: String(MAX_BLOCK_DEPTH) }), file, tooDeep.line, tooDeep.column + 1);
  walk(ast, (node) => {
    const at = node.loc?.start ?? { line: 1, column: 0 };
    const path = node.path as { type: string; original: string } | undefined;
    const name = node.name as { type: string; original: string } | undefined;
    const inner = innerName(node);
    if (inner !== undefined) throw new TemplateError(message('template.inner-name', { name: inner }), file, at.line, at.column + 1);
    if (path?.type === 'PathExpression' && WRITING_HELPERS.has(path.original) && node.type !== 'PathExpression')
      throw new TemplateError(message('template.writing-helper', { name: path.original }), file, at.line, at.column + 1);
    const first = (node.params as Node[] | undefined)?.[0];
    if (
      node.type === 'BlockStatement' &&
      path &&
      CONTEXT_HELPERS.has(path.original) &&
      first &&
      first.type !== 'PathExpression' &&
      first.type !== 'SubExpression'
    ) {
      const place = first.loc?.start ?? at;
      const probe = innerName(first);
      const said = probe === undefined ? message('template.literal-context', { name: path.original }) : message('template.inner-name', { name: probe });
      throw new TemplateError(said, file, place.line, place.column + 1);
    }
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      if (name?.type === 'PathExpression' && !partials.has(name.original))
        throw new TemplateError(
          message('template.unknown-partial', {
            name: name.original,
            hint: suggest(name.original, [...partials]),
            partials: [...partials]
              .filter((p) => p !== 'section')
              .sort()
              .join(', '),
          }),
          file,
          at.line,
          at.column + 1,
        );
      return;
    }
    const called =
      node.type === 'SubExpression' ||
      node.type === 'BlockStatement' ||
      ((node.params as unknown[] | undefined)?.length ?? 0) > 0 ||
      ((node.hash as unknown) !== undefined && node.type === 'MustacheStatement' && Boolean(node.hash));
    if (called && path?.type === 'PathExpression' && !BUILT_IN.has(path.original) && !HELPER_NAMES.has(path.original) && !path.original.includes('.'))
      if (node.type !== 'BlockStatement' || (node.params as unknown[]).length > 0)
        throw new TemplateError(
          message('template.unknown-helper', {
            name: path.original,
            hint: suggest(
              path.original,
              [...HELPER_NAMES, ...BUILT_IN].filter((h) => !h.endsWith('Missing')),
            ),
          }),
          file,
          at.line,
          at.column + 1,
        );
  });
  return ast as unknown as hbs.AST.Program;
}

// Names the inner working of objects a node names (a step of a path, or a text given to a helper), if any.
function innerName(node: Node): string | undefined {
  if (node.type === 'PathExpression') return (node.parts as string[]).find((part) => INNER_NAMES.has(part));
  if (node.type === 'StringLiteral' && INNER_NAMES.has(node.value as string)) return node.value as string;
  return undefined;
}

// Finds the first block that opens deeper than MAX_BLOCK_DEPTH (where it opens), given the depth of the blocks around.
function deepBlock(node: unknown, depth: number): { line: number; column: number } | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const found = deepBlock(n, depth);
      if (found) return found;
    }
    return undefined;
  }
  const n = node as Node;
  const block = n.type === 'BlockStatement' || n.type === 'PartialBlockStatement' || n.type === 'DecoratorBlock';
  if (block && depth + 1 > MAX_BLOCK_DEPTH) return n.loc?.start ?? { line: 1, column: 0 };
  for (const [key, value] of Object.entries(n)) {
    if (key === 'loc' || key === 'strip' || typeof value !== 'object') continue;
    // the body of a block, or its {{else}}: one level deeper; an {{else if …}} goes on at the level of its block
    const body = key === 'program' || (key === 'inverse' && !(value as { chained?: boolean } | null)?.chained);
    const found = deepBlock(value, block && body ? depth + 1 : depth);
    if (found) return found;
  }
  return undefined;
}

// Returns " Did you mean "x"?" for a name close to one of the candidates, or one the name starts with ("capitalize": "cap").
function suggest(name: string, candidates: string[]): Message | '' {
  const near =
    closest(name, candidates) ??
    candidates.filter((c) => c.length >= 3 && name.toLowerCase().startsWith(c.toLowerCase())).sort((a, b) => b.length - a.length)[0];
  return near ? message('suggest.did-you-mean', { name: near }) : '';
}

// Locates a parse error: an unclosed block at its opening, a wrong closing tag at its block, else where the parser stopped.
function syntaxError(source: string, file: string, error: unknown): TemplateError {
  const text = String((error as Error).message);
  const at = error as { lineNumber?: number; column?: number };
  if (error instanceof RangeError) return new TemplateError(message('template.too-deep'), file, 1, 1);
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(text);
  if (mismatch && at.lineNumber)
    return new TemplateError(message('template.mismatch', { opened: mismatch[1]!, closed: mismatch[2]! }), file, at.lineNumber, (at.column ?? 0) + 1);
  const open = /got 'EOF'/.test(text) ? unclosedBlock(source) : undefined;
  if (open) return new TemplateError(message('template.unclosed', { name: open.name }), file, open.line, open.column);
  const place = parseErrorPlace(text, source);
  const what = place === undefined ? 'text' : place.token === undefined ? 'end' : 'token';
  return new TemplateError(message('template.unexpected', { what, token: place?.token ?? '' }), file, place?.line ?? 1, place?.column ?? 1);
}

// Finds where a parse error of Handlebars stands, from its message: "Parse error on line 2:", then the input around
// that place on one line (the end of what was read, at most 20 characters after "..." when cut, then what comes
// next; line ends left out), then "---^" under the place. The place is the column of the line whose text before it
// ends as that excerpt does before the caret, and whose text from it starts as the excerpt does after. The token is
// what stands there ("}}", "{{" or one character); none at the end of the template.
export function parseErrorPlace(message: string, source: string): { line: number; column: number; token?: string } | undefined {
  const parsed = /^Parse error on line (\d+):\n(.*)\n(-*)\^/.exec(message);
  if (!parsed) return undefined;
  const line = Number(parsed[1]);
  const text = source.split('\n')[line - 1];
  if (text === undefined) return undefined;
  const read = parsed[2]!.slice(0, parsed[3]!.length);
  const next = parsed[2]!.slice(parsed[3]!.length);
  // an excerpt that was not cut holds all the input before (or after) the place
  const before = read.replace(/^\.\.\./, '');
  const after = next.replace(/\.\.\.$/, '');
  for (let c = 0; c <= text.length; c++) {
    const head = text.slice(0, c);
    const tail = text.slice(c);
    const endsAlike = c <= before.length ? before.endsWith(head) : read.startsWith('...') && head.endsWith(before);
    const startsAlike = tail.length <= after.length ? after.startsWith(tail) : next.endsWith('...') && tail.startsWith(after);
    if (endsAlike && startsAlike) return { line, column: c + 1, token: /^(?:~?\}{2,3}|\{{2,4}~?|\S)/.exec(tail)?.[0] };
  }
  return { line, column: 1 };
}

// Finds the innermost block opened and never closed ("{{#if …}}" without "{{/if}}"), comments left out.
function unclosedBlock(source: string): { name: string; line: number; column: number } | undefined {
  const text = source.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const open: { name: string; index: number }[] = [];
  for (const m of text.matchAll(/\{\{~?\s*([#/])[>*\s]*([^\s}~]+)/g)) {
    if (m[1] === '#') open.push({ name: m[2]!, index: m.index });
    else if (open[open.length - 1]?.name === m[2]) open.pop();
  }
  const last = open[open.length - 1];
  return last ? { name: last.name, ...positionAt(text, last.index) } : undefined;
}

// Visits every node of a Handlebars AST.
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip' && typeof value === 'object') walk(value, visit);
}
