// Checks the shape of a parsed YAML document before it becomes plain data: keys, aliases, nesting.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';

/** Deeper nesting than this is refused: a record needs five levels, and the YAML parser recurses. */
export const MAX_DEPTH = 100;

// Finds where a text first nests deeper than MAX_DEPTH, counting indentation, "- " and "? " at the start of
// a line and open brackets: a bound on the parser's nesting, found without parsing.
export function tooDeepAt(text: string): number | undefined {
  let flow = 0;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    if (i === 0 || text[i - 1] === '\n') block = /^(?: |[-?](?= |\n|$))*/.exec(text.slice(i, i + MAX_DEPTH * 2 + 2))![0].length;
    const c = text[i];
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    if (block + flow > MAX_DEPTH) return i;
  }
  return undefined;
}

// Visits every node of a document in order, without recursion.
export function walkNodes(document: Document.Parsed, visit: (node: Node) => void): void {
  const stack: unknown[] = [document.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    visit(node as Node);
    // children pushed last-first, so that they are visited in document order
    const children = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

// Reports every key set twice in a mapping (also 1 and "1"), keys that are not plain names, and aliases with no
// anchor above them; linear in the size of the document (the YAML library's own duplicate check is quadratic).
export function checkShape(document: Document.Parsed, lineCounter: LineCounter, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (node: Node | null | undefined) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  const anchors = new Set<string>();
  walkNodes(document, (node) => {
    if (node.anchor) anchors.add(node.anchor);
    if (isAlias(node) && !anchors.has(node.source))
      diagnostics.push(error('yaml-syntax', `The alias *${node.source} names no anchor: expected "&${node.source}" on a value above it. Write the value out instead.`, file, at(node)));
    if (!isMap(node)) return;
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key)) {
        const what = isMap(key) ? 'a mapping' : isSeq(key) ? 'a list' : isAlias(key) ? 'an alias' : 'nothing';
        diagnostics.push(error('yaml-syntax', `A key must be a plain name such as "name", but this key is ${what}. Write "name: value".`, file, at(key ?? (pair.value as Node))));
        continue;
      }
      const name = String(key.value).normalize('NFC');
      const first = seen.get(name);
      if (first)
        diagnostics.push(error('duplicate-key', `Duplicate key "${name}": it is already set on line ${at(first).line} of the same mapping, and a key may appear once. Remove one of the two.`, file, at(key)));
      else seen.set(name, key);
    }
  });
  return diagnostics;
}
