// Checks the shape of a parsed YAML document before it becomes plain data: keys, aliases, nesting.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
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

// Reports keys that are not plain scalars, keys that read the same ("1" and 1), and aliases with no anchor.
export function checkShape(document: Document.Parsed, lineCounter: LineCounter, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (node: Node | null | undefined) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  walkNodes(document, (node) => {
    if (isAlias(node) && !node.resolve(document))
      diagnostics.push(error('yaml-syntax', `The alias *${node.source} names no anchor: expected "&${node.source}" on a value above it. Write the value out instead.`, file, at(node)));
    if (!isMap(node)) return;
    const seen = new Map<string, Pair>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key)) {
        const what = isMap(key) ? 'a mapping' : isSeq(key) ? 'a list' : isAlias(key) ? 'an alias' : 'nothing';
        diagnostics.push(error('yaml-syntax', `A key must be a plain name such as "name", but this key is ${what}. Write "name: value".`, file, at(key ?? (pair.value as Node))));
        continue;
      }
      const name = String(key.value).normalize('NFC');
      const first = seen.get(name);
      if (first) diagnostics.push(duplicateKey(name, at(first.key as Node).line, file, at(key)));
      else seen.set(name, pair);
    }
  });
  return diagnostics;
}

// Reports a key set twice in one mapping.
export function duplicateKey(name: string, firstLine: number, file: string, at: { line: number; column: number }): Diagnostic {
  return error('duplicate-key', `Duplicate key "${name}": it is already set on line ${firstLine} of the same mapping, and a key may appear once. Remove one of the two.`, file, at);
}

// Finds the key a parser error points at and where the same key first stands in its mapping.
export function firstOfDuplicate(document: Document.Parsed, offset: number): { name: string; first: number } | undefined {
  let found: { name: string; first: number } | undefined;
  walkNodes(document, (node) => {
    if (found || !isMap(node)) return;
    const index = node.items.findIndex((p) => (p.key as Node | null)?.range?.[0] === offset);
    if (index < 0) return;
    const name = String(isScalar(node.items[index]!.key) ? (node.items[index]!.key as { value: unknown }).value : '');
    const first = node.items.find((p, i) => i < index && isScalar(p.key) && String(p.key.value) === name);
    found = { name, first: (first?.key as Node | undefined)?.range?.[0] ?? offset };
  });
  return found;
}
