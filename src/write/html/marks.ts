// Marks the tree for HTML: each sentence a span that knows its number, words added since the previous year in
// <ins>, words removed in <del>; mdast-util-to-hast turns the marks (data.hName) into elements.
import type { Element, ElementContent } from 'hast';
import type { Nodes, Paragraph, Root, Text } from 'mdast';
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
  // each paragraph's sentences, numbered in the whole section, and its changes: one pass over each list
  const numbered = new Map<number, (Sentence & { index: number })[]>();
  sentences.forEach((sentence, index) => {
    const list = numbered.get(sentence.paragraph) ?? [];
    list.push({ ...sentence, index });
    numbered.set(sentence.paragraph, list);
  });
  const changed = new Map(changes.map((change) => [change.paragraph, change]));
  paragraphs(copy).forEach((paragraph, n) => {
    const own = numbered.get(n + 1) ?? [];
    const change = changed.get(n + 1) ?? { paragraph: n + 1, added: [], removed: [] };
    if (own.length || change.added.length || change.removed.length) markParagraph(paragraph, own, change);
  });
  return copy;
}

// Finds the paragraphs of the tree in document order.
function paragraphs(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(paragraphs) : [];
}

// Cuts each text node of a paragraph where a sentence or a change starts or ends, and marks each piece. The text
// nodes, the cuts, the sentences and the added ranges are all walked in text order, once.
function markParagraph(paragraph: Paragraph, sentences: (Sentence & { index: number })[], changes: ParagraphChanges): void {
  const cuts = [...new Set([...sentences.flatMap((s) => [s.start, s.end]), ...changes.added.flat(), ...changes.removed.map((r) => r.at)])].sort(
    (a, b) => a - b,
  );
  const inOrder = [...sentences].sort((a, b) => a.start - b.start);
  const added = union(changes.added);
  const removedAt = new Map<number, string[]>();
  for (const removed of changes.removed) {
    const here = removedAt.get(removed.at) ?? [];
    here.push(removed.text);
    removedAt.set(removed.at, here);
  }
  let total = 0;
  let nextCut = 0;
  let nextSentence = 0;
  let nextAdded = 0;
  // the sentence that holds the piece from a to b, if any
  const sentenceOf = (a: number, b: number) => {
    while (nextSentence < inOrder.length && inOrder[nextSentence]!.end < b) nextSentence++;
    const sentence = inOrder[nextSentence];
    return sentence && sentence.start <= a ? sentence : undefined;
  };
  // whether the piece from a to b was added: a piece never straddles an end of a range, so it lies in the union's
  const isAdded = (a: number, b: number) => {
    while (nextAdded < added.length && added[nextAdded]![1] < b) nextAdded++;
    return nextAdded < added.length && added[nextAdded]![0] <= a;
  };
  const visit = (parent: { children: Nodes[] }): void => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type !== 'text') {
        if ('children' in child) visit(child as { children: Nodes[] });
        return [child];
      }
      const from = total;
      const to = from + child.value.length;
      total = to;
      while (nextCut < cuts.length && cuts[nextCut]! <= from) nextCut++;
      const points = [from];
      for (; nextCut < cuts.length && cuts[nextCut]! < to; nextCut++) points.push(cuts[nextCut]!);
      if (to > from) points.push(to);
      const pieces: Nodes[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const b = points[i + 1]!;
        for (const text of removedAt.get(a) ?? []) pieces.push(deleted(text));
        pieces.push(piece(child.value.slice(a - from, b - from), sentenceOf(a, b), isAdded(a, b)));
      }
      return pieces;
    });
  };
  visit(paragraph);
  // words removed after the paragraph's last word
  for (const removed of changes.removed) if (removed.at >= total) paragraph.children.push(deleted(removed.text));
}

// Joins ranges that overlap or touch, in order of their start.
function union(ranges: readonly [number, number][]): [number, number][] {
  const joined: [number, number][] = [];
  for (const [from, to] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = joined[joined.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else joined.push([from, to]);
  }
  return joined;
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
