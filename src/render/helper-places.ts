// Where each helper is called in a template, so that a helper failing on the data is reported at its call. Each call
// in the template's AST (Handlebars.parse, the documented way to change a template before it is compiled) is given
// its line and column as one more hash argument, which the helpers' wrappers (./templates.ts) read from the options
// Handlebars passes every helper. The built-in templates are compiled this way when bundling, the others as loaded.
import { BUILT_IN_HELPERS, HELPER_NAMES } from './helpers/index.ts';

/** The hash argument that holds a call's place: "line:column", the column counted from 1. */
const PLACE = 'coopReportAt';

/** The helper every plain output of a value ("{{record.acronym}}") goes through, so that a mapping or a list, which
 * Handlebars would print as "[object Object]", is an error at its place instead (./templates.ts registers it). */
export const SHOWN = 'coopReportShown';

type Node = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: unknown };

// Marks each helper call of a template, as Handlebars.parse read it, with its place; returns the AST to compile.
export function withHelperPlaces(ast: hbs.AST.Program): hbs.AST.Program {
  mark(ast as unknown as Node);
  return ast;
}

// Returns the place of the helper call whose options these are; the template's start (1:1) if it was not marked.
export function helperPlace(options: { hash?: Record<string, unknown> } | undefined): { line: number; column: number } {
  const place = /^(\d+):(\d+)$/.exec(String(options?.hash?.[PLACE] ?? ''));
  return place ? { line: Number(place[1]), column: Number(place[2]) } : { line: 1, column: 1 };
}

// Gives every call of a helper below a node its place.
function mark(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach(mark);
    return;
  }
  const n = node as Node;
  const path = n.path as { type?: string; original?: unknown } | undefined;
  const call = n.type === 'MustacheStatement' || n.type === 'SubExpression' || n.type === 'BlockStatement';
  let name = String(path?.original);
  let at = n.loc;
  if (n.type === 'MustacheStatement' && path?.type === 'PathExpression' && !(n.params as unknown[]).length && !n.hash && !HELPER_NAMES.has(name) && n.loc) {
    // the value's place is its path's: "{{record.name}}" is told at "record.name"
    at = (path as Node).loc ?? n.loc;
    n.params = [path, { type: 'StringLiteral', value: name, original: name, loc: at }];
    n.path = { type: 'PathExpression', data: false, depth: 0, parts: [SHOWN], original: SHOWN, loc: at };
    name = SHOWN;
  }
  if (call && (n.path as { type?: string }).type === 'PathExpression' && (HELPER_NAMES.has(name) || BUILT_IN_HELPERS.has(name) || name === SHOWN) && at) {
    const value = `${at.start.line}:${at.start.column + 1}`;
    const pair = { type: 'HashPair', key: PLACE, value: { type: 'StringLiteral', value, original: value, loc: n.loc }, loc: n.loc };
    const hash = (n.hash as { pairs: unknown[] } | undefined) ?? { type: 'Hash', pairs: [] as unknown[], loc: n.loc };
    hash.pairs.push(pair);
    n.hash = hash;
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip' && typeof value === 'object') mark(value);
}
