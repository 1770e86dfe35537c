// Marks the tree for HTML: each sentence a span that knows its number, words added since the previous year in
// <ins>, words removed in <del>; mdast-util-to-hast turns the marks (data.hName) into elements.
import type { Element, ElementContent } from 'hast';
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import { textNodes } from '../../render/sources/sentences.ts';
import type { Sentence } from '../../render/sources/types.ts';

/** What changed in a paragraph (1-based) since the previous year, at offsets in its text. */
export interface ParagraphChanges {
  paragraph: number;
  added: [number, number][];
  removed: { at: number; text: string }[];
}

// Returns a copy of the tree with its sentences and changes marked.
export function markTree(tree: Root, sentences: readonly Sentence[], changes: readonly ParagraphChanges[] = []): Root {
  const copy = structuredClone(tree);
  paragraphs(copy).forEach((paragraph, n) => {
    const numbered = sentences.map((sentence, index) => ({ ...sentence, index })).filter((sentence) => sentence.paragraph === n + 1);
    const changed = changes.find((c) => c.paragraph === n + 1) ?? { paragraph: n + 1, added: [], removed: [] };
    if (numbered.length || changed.added.length || changed.removed.length) markParagraph(paragraph, numbered, changed);
  });
  return copy;
}

// Finds the paragraphs of the tree in document order.
function paragraphs(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(paragraphs) : [];
}

// Cuts each text node of a paragraph where a sentence or a change starts or ends, and marks each piece.
function markParagraph(paragraph: Paragraph, sentences: (Sentence & { index: number })[], changes: ParagraphChanges): void {
  const texts = textNodes(paragraph);
  const starts = new Map<Text, number>();
  let total = 0;
  for (const text of texts) {
    starts.set(text, total);
    total += text.value.length;
  }
  const cuts = [...sentences.flatMap((s) => [s.start, s.end]), ...changes.added.flat(), ...changes.removed.map((r) => r.at)];
  const visit = (parent: { children: Nodes[] }): void => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type !== 'text') {
        if ('children' in child) visit(child as { children: Nodes[] });
        return [child];
      }
      const from = starts.get(child) ?? 0;
      const to = from + child.value.length;
      const points = [...new Set([from, ...cuts.filter((at) => at > from && at < to), to])].sort((a, b) => a - b);
      const pieces: Nodes[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const b = points[i + 1]!;
        for (const removed of changes.removed) if (removed.at === a) pieces.push(deleted(removed.text));
        pieces.push(
          piece(
            child.value.slice(a - from, b - from),
            sentences.find((s) => s.start <= a && b <= s.end),
            changes.added.some(([s, e]) => s <= a && b <= e),
          ),
        );
      }
      return pieces;
    });
  };
  visit(paragraph);
  // words removed after the paragraph's last word
  for (const removed of changes.removed) if (removed.at >= total) paragraph.children.push(deleted(removed.text));
}

// Makes a piece of text: in its sentence's span, and in <ins> when it was added.
function piece(value: string, sentence: { index: number } | undefined, added: boolean): Text {
  const inner: ElementContent[] = [{ type: 'text', value }];
  const content: ElementContent[] = added ? [{ type: 'element', tagName: 'ins', properties: {}, children: inner } satisfies Element] : inner;
  if (sentence)
    return { type: 'text', value, data: { hName: 'span', hProperties: { className: ['sentence'], dataSentence: sentence.index }, hChildren: content } };
  return added ? { type: 'text', value, data: { hName: 'ins' } } : { type: 'text', value };
}

// Makes the words removed at a place: shown struck through in <del>.
function deleted(value: string): Text {
  return { type: 'text', value, data: { hName: 'del' } };
}
