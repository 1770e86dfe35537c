// Checks a template before it runs: syntax, unknown helpers and missing partials, each at its line.
import type Handlebars from 'handlebars';
import { TemplateError } from './template-error.ts';

const BUILT_IN = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'blockHelperMissing', 'helperMissing']);

type Node = { type: string; loc?: { start: { line: number; column: number } }; [key: string]: unknown };

// Parses a template and walks it; throws TemplateError at the first problem.
export function checkTemplate(hb: typeof Handlebars, source: string, file: string, partials: Set<string>, helpers: Set<string>): void {
  let ast: Node;
  try {
    ast = hb.parse(source) as unknown as Node;
  } catch (error) {
    const message = String((error as Error).message);
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    throw new TemplateError(`Template syntax error: ${message.split('\n').pop()}`, file, line, 1);
  }
  walk(ast, (node) => {
    const at = node.loc?.start ?? { line: 1, column: 0 };
    const path = node.path as { type: string; original: string } | undefined;
    const name = node.name as { type: string; original: string } | undefined;
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      if (name?.type === 'PathExpression' && !partials.has(name.original))
        throw new TemplateError(`Unknown partial "${name.original}"; partials: ${[...partials].filter((p) => p !== 'section').join(', ')}.`, file, at.line, at.column + 1);
      return;
    }
    const called = node.type === 'SubExpression' || node.type === 'BlockStatement' || ((node.params as unknown[] | undefined)?.length ?? 0) > 0 || (node.hash as unknown) !== undefined && node.type === 'MustacheStatement' && Boolean(node.hash);
    if (called && path?.type === 'PathExpression' && !BUILT_IN.has(path.original) && !helpers.has(path.original) && !path.original.includes('.'))
      if (node.type !== 'BlockStatement' || ((node.params as unknown[]).length > 0))
        throw new TemplateError(`Unknown helper "${path.original}".`, file, at.line, at.column + 1);
  });
}

// Visits every node of a Handlebars AST.
function walk(node: unknown, visit: (node: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  const n = node as Node;
  if (typeof n.type === 'string') visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip' && typeof value === 'object') walk(value, visit);
}
