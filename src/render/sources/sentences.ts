// Splits the section's paragraphs into sentences and gives each the sources of the blocks that told it.
import type { Nodes, Paragraph, Root, Text } from 'mdast';
import { partOf } from './markers.ts';
import type { RecordSource, Sentence } from './types.ts';

/** Words written with a period that does not end the sentence: "2010 r. Urząd", "ds. Azylu", "im. Haliny". */
const ABBREVIATIONS = new Set([
  'r',
  'rr',
  'w',
  'ww',
  'ds',
  'im',
  'nr',
  'np',
  'tzw',
  'tj',
  'ul',
  'al',
  'prof',
  'dr',
  'mgr',
  'in\u017c',
  'art',
  'ust',
  'pkt',
  'poz',
  'ok',
  'godz',
  '\u015bw',
  'tys',
  'mln',
  'mld',
  'z\u0142',
  'proc',
  'in',
  'm',
]);

/** The end of a sentence: its final marks and closing quotes or brackets, then space and a capital or a number. */
const END = /[.!?\u2026]+[\u201d\u00ab"')\]]*(?=[ \u00a0\n]+[\u201e\u00bb"'([]*[\p{Lu}\d])/gu;

/** Text that ends a sentence, at its end. */
const ENDED = /[.!?\u2026][\u201d\u00ab"')\]]*[ \u00a0\n]*$/u;

/** Where a block starts in a paragraph's text. */
interface BlockStart {
  at: number;
  block: number;
}

// Lists a node's text nodes in reading order: their values, joined, are the text sentences are cut from.
export function textNodes(node: Nodes): Text[] {
  if (node.type === 'text') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(textNodes) : [];
}

// Finds the paragraphs of the tree in document order.
function paragraphs(node: Nodes): Paragraph[] {
  if (node.type === 'paragraph') return [node];
  return 'children' in node ? (node.children as Nodes[]).flatMap(paragraphs) : [];
}

// Splits every paragraph into sentences; `sourcesOf` gives the sources of the blocks a sentence was told by.
export function sentencesOf(tree: Root, sourcesOf: (blocks: number[]) => RecordSource[]): Sentence[] {
  return paragraphs(tree).flatMap((paragraph, n) => {
    let text = '';
    const starts: BlockStart[] = [];
    for (const node of textNodes(paragraph)) {
      const block = partOf(node)?.block;
      if (block !== undefined) starts.push({ at: text.length, block });
      text += node.value;
    }
    const spans = starts.map((s, i) => ({ block: s.block, from: s.at, to: starts[i + 1]?.at ?? text.length }));
    return cut(text, starts).map(({ start, end }) => ({
      paragraph: n + 1,
      start,
      end,
      text: text.slice(start, end),
      sources: sourcesOf(spans.filter((span) => span.from < end && span.to > start).map((span) => span.block)),
    }));
  });
}

// Cuts a paragraph's text into sentences: at a sentence's final mark, and where a block starts after one.
export function cut(text: string, starts: BlockStart[] = []): { start: number; end: number }[] {
  const ends = new Set<number>();
  for (const match of text.matchAll(END)) {
    const word = /\p{L}+$/u.exec(text.slice(0, match.index))?.[0] ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    ends.add(match.index + match[0].length);
  }
  for (const { at } of starts) if (at > 0 && ENDED.test(text.slice(0, at))) ends.add(at);
  const sentences: { start: number; end: number }[] = [];
  let from = 0;
  for (const end of [...[...ends].sort((a, b) => a - b), text.length]) {
    const piece = text.slice(from, end);
    const start = from + (piece.length - piece.trimStart().length);
    const stop = end - (piece.length - piece.trimEnd().length);
    if (stop > start) sentences.push({ start, end: stop });
    from = end;
  }
  return sentences;
}
