// The typography pass over an mdast tree: each paragraph, heading and table cell is typeset as one text.

import type { Link, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { sourceIndexes } from './align.ts';
import { OBJECT } from './chars.ts';
import { typographText } from './text.ts';

/** Nodes whose children are the phrasing content of one block of text. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Inline nodes whose text reads on from the text around them: "w *Radzie*" is one sentence. */
const TRANSPARENT = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** A text node to typeset, or OBJECT for an inline node whose content stays as written (code, HTML, URLs). */
type Leaf = Text | typeof OBJECT;

// Applies Polish typography to every text node of a tree that nothing else holds (one just parsed), in place: a
// copy of a year's tree costs as much again at 50,000 records. Returns the tree.
export function typesetTree(tree: Root): Root {
  for (const block of blocksOf(tree)) typesetBlock(block.children);
  return tree;
}

// Finds every paragraph, heading and table cell in document order.
function blocksOf(node: Nodes): { children: PhrasingContent[] }[] {
  if (BLOCKS.has(node.type) && 'children' in node) return [node as { children: PhrasingContent[] }];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap(blocksOf);
}

// Lists the text nodes of a block in reading order, with OBJECT where an opaque inline node stands.
function leavesOf(children: PhrasingContent[]): Leaf[] {
  return children.flatMap((child): Leaf[] => {
    if (child.type === 'text') return [child];
    if (child.type === 'link' && isAutolink(child)) return [OBJECT];
    if (TRANSPARENT.has(child.type) && 'children' in child) return leavesOf(child.children as PhrasingContent[]);
    return [OBJECT];
  });
}

// Tells whether a link shows its own address ("<https://…>", "<a@b.pl>"), which must be printed as it is.
function isAutolink(link: Link): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only?.type === 'text' && (only.value === link.url || `mailto:${only.value}` === link.url);
}

// Typesets a block as one string, so rules see across node edges, then gives each text node its part back.
function typesetBlock(children: PhrasingContent[]): void {
  const leaves = leavesOf(children);
  const texts = leaves.filter((leaf): leaf is Text => leaf !== OBJECT);
  // a text that itself holds OBJECT could not be split back safely: leave such a block as written
  if (texts.some((text) => text.value.includes(OBJECT))) return;
  const source = leaves.map((leaf) => (leaf === OBJECT ? OBJECT : leaf.value)).join('');
  const parts = typographText(source).split(OBJECT);
  const runs = runsBetweenObjects(leaves);
  if (parts.length !== runs.length) return;
  runs.forEach((run, n) => redistribute(run, parts[n] ?? ''));
}

// Groups the text nodes into the runs that lie between opaque inline nodes.
function runsBetweenObjects(leaves: Leaf[]): Text[][] {
  const runs: Text[][] = [[]];
  for (const leaf of leaves) {
    if (leaf === OBJECT) runs.push([]);
    else runs[runs.length - 1]?.push(leaf);
  }
  return runs;
}

// Splits a run's typeset text over its text nodes, each character going to the node its source came from.
function redistribute(run: Text[], typeset: string): void {
  const source = run.map((text) => text.value).join('');
  if (source === typeset || run.length === 0) return;
  if (run.length === 1 && run[0] !== undefined) {
    run[0].value = typeset;
    return;
  }
  const owners = run.flatMap((text, n) => Array.from({ length: text.value.length }, () => n));
  const values = run.map(() => '');
  sourceIndexes(source, typeset).forEach((from, at) => {
    const owner = owners[from] ?? 0;
    values[owner] = (values[owner] ?? '') + (typeset[at] ?? '');
  });
  run.forEach((text, n) => {
    text.value = values[n] ?? '';
  });
}
