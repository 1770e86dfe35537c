// Carries each block of the section through the Markdown: an invisible mark before the block's text becomes a
// split in the text nodes, whose parts know their block; the parts are joined again before any writer sees the tree.
import type { Nodes, Parent, Root, Text } from 'mdast';

/** Opens and closes a block's mark: characters of Unicode's private use area, which no record or template holds. */
const OPEN = '\ue000';
const CLOSE = '\ue001';
const MARK = /\ue000(\d+)\ue001/g;

/** What a part of a split text node knows: the text node it was cut from and, when a block starts it, the block. */
interface PartData {
  part: number;
  block?: number;
}

// Returns the mark that goes before the text of block `block`.
export function mark(block: number): string {
  return `${OPEN}${block}${CLOSE}`;
}

// Cuts every text node holding marks into parts at the marks, dropping the marks; returns the tree.
export function splitAtMarks(tree: Root): Root {
  let cut = 0;
  const visit = (parent: Parent): void => {
    parent.children = parent.children.flatMap((child) => {
      if ('children' in child) visit(child);
      if (child.type !== 'text' || !child.value.includes(OPEN)) return [child];
      const part = cut++;
      const pieces = child.value.split(MARK);
      // pieces: text, block, text, block, text…; a part a block starts is kept even when empty, to hold its block
      const parts: Text[] = [];
      if (pieces[0]) parts.push(textPart(pieces[0], { part }));
      for (let i = 1; i < pieces.length; i += 2) parts.push(textPart(pieces[i + 1] ?? '', { part, block: Number(pieces[i]) }));
      return parts;
    }) as typeof parent.children;
  };
  visit(tree);
  return tree;
}

// Makes a part of a split text node.
function textPart(value: string, data: PartData): Text {
  return { type: 'text', value, data: data as Text['data'] };
}

// Reads what a text node knows of its block, if it is a part.
export function partOf(node: Nodes): PartData | undefined {
  const data = node.type === 'text' ? (node.data as Partial<PartData> | undefined) : undefined;
  return typeof data?.part === 'number' ? (data as PartData) : undefined;
}

// Joins the parts of each split text node back into one, as the Markdown parser made it; returns the tree.
export function joinParts(tree: Root): Root {
  const visit = (parent: Parent): void => {
    const children: typeof parent.children = [];
    const joined = new Set<Text>();
    for (const child of parent.children) {
      if ('children' in child) visit(child);
      const data = partOf(child);
      const last = children[children.length - 1];
      const previous = last ? partOf(last) : undefined;
      if (data && previous && previous.part === data.part) (last as Text).value += (child as Text).value;
      else if (data) {
        const whole: Text = { type: 'text', value: (child as Text).value, data: { part: data.part } as Text['data'] };
        joined.add(whole);
        children.push(whole);
      } else children.push(child);
    }
    for (const whole of joined) delete whole.data;
    // a text node that held only marks was not there before
    parent.children = children.filter((child) => !joined.has(child as Text) || (child as Text).value !== '') as typeof parent.children;
  };
  visit(tree);
  return tree;
}
