// Checks the shape of a parsed YAML document before it becomes plain data: keys, aliases, nesting.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { error, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { message } from '../i18n/message.ts';
import { excerpt } from '../i18n/messages.ts';
import { nfc } from './nfc.ts';

/** Deeper nesting than this is refused: a record needs five levels, and the YAML parser recurses. */
export const MAX_DEPTH = 100;

/** The characters tooDeepAt reads, as character codes. */
const [NEWLINE, SPACE, DASH, QUESTION, OPEN_SQUARE, CLOSE_SQUARE, OPEN_CURLY, CLOSE_CURLY] = [...'\n -?[]{}'].map((c) => c.charCodeAt(0));

/** Where the nesting can change: a line break (a new line's indentation follows) or a bracket. */
const NESTING = /[\n[\]{}]/g;

// Finds where a text first nests deeper than MAX_DEPTH, counting indentation, "- " and "? " at the start of
// a line and open brackets: a bound on the parser's nesting, found without parsing. Only the places where the
// nesting changes are visited (line starts and brackets, found by a regular expression): a loop over every
// character was hot enough for V8 to compile it in the background, which process exit then waited for.
export function tooDeepAt(text: string): number | undefined {
  let flow = 0;
  let block = 0;
  let done = -1;
  // the nesting at i, and whether it is too deep; each place is visited once
  const visit = (i: number): boolean => {
    done = i;
    if (i === 0 || text.charCodeAt(i - 1) === NEWLINE) block = indentation(text, i);
    const c = text.charCodeAt(i);
    if (c === OPEN_SQUARE || c === OPEN_CURLY) flow++;
    else if ((c === CLOSE_SQUARE || c === CLOSE_CURLY) && flow > 0) flow--;
    return block + flow > MAX_DEPTH;
  };
  if (text.length > 0 && visit(0)) return 0;
  NESTING.lastIndex = 0;
  for (let found = NESTING.exec(text); found; found = NESTING.exec(text)) {
    const i = found.index;
    if (i > done && visit(i)) return i;
    if (text.charCodeAt(i) === NEWLINE && i + 1 < text.length && visit(i + 1)) return i + 1;
  }
  return undefined;
}

// Counts the characters that indent the line starting at `start`: spaces, and "-" or "?" followed by a space, a line
// break or the end of what is looked at (a line's first MAX_DEPTH * 2 + 2 characters, past which it is deep anyway).
function indentation(text: string, start: number): number {
  const end = Math.min(text.length, start + MAX_DEPTH * 2 + 2);
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE) continue;
    if (c !== DASH && c !== QUESTION) break;
    const next = i + 1 < end ? text.charCodeAt(i + 1) : SPACE;
    if (next !== SPACE && next !== NEWLINE) break;
  }
  return i - start;
}

// Visits every node of a document in order, without recursion.
export function walkNodes(document: Document.Parsed, visit: (node: Node) => void): void {
  const stack: unknown[] = [document.contents];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    visit(node as Node);
    // children pushed last-first, so that they are visited in document order (a mapping's keys before their values)
    if (isMap(node))
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        stack.push(pair.value, pair.key);
      }
    else if (isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
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
      diagnostics.push(error('yaml-syntax', message('load.alias-without-anchor', { name: excerpt(node.source) }), file, at(node)));
    if (!isMap(node)) return;
    const seen = new Map<string, Node>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isScalar(key)) {
        const what = isMap(key) ? 'mapping' : isSeq(key) ? 'list' : isAlias(key) ? 'alias' : 'nothing';
        diagnostics.push(error('yaml-syntax', message('load.key-not-plain', { what }), file, at(key ?? (pair.value as Node))));
        continue;
      }
      const name = nfc(String(key.value));
      const first = seen.get(name);
      if (first) diagnostics.push(error('duplicate-key', message('load.duplicate-key', { name, line: String(at(first).line) }), file, at(key)));
      else seen.set(name, key);
    }
  });
  return diagnostics;
}

/** The tags of plain data: text, numbers, true/false, nothing, mappings and lists. Any other (!!binary, !!timestamp,
 * !!set, …) makes a value no field takes. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

// Reports each value whose tag makes it something other than plain data, at its tag.
export function foreignTags(document: Document.Parsed, lineCounter: LineCounter, file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  walkNodes(document, (node) => {
    if (!node.tag || PLAIN_TAGS.has(node.tag) || isAlias(node)) return;
    const name = node.tag.startsWith('tag:yaml.org,2002:') ? node.tag.slice('tag:yaml.org,2002:'.length) : node.tag;
    const { line, col } = lineCounter.linePos(tagStart(text, node.range?.[0] ?? 0));
    diagnostics.push(error('yaml-syntax', message('load.tag-type', { tag: node.tag === name ? name : `!!${name}`, kind: name }), file, { line, column: col }));
  });
  return diagnostics;
}

// Finds where the tag before a value starts: the last "!" before it, back to the space or line start before that.
function tagStart(text: string, offset: number): number {
  let i = text.lastIndexOf('!', offset - 1);
  if (i < 0) return offset;
  while (i > 0 && !/[\s[{,]/.test(text[i - 1]!)) i--;
  return i;
}
