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

/** The longest word in ABBREVIATIONS, in characters: a longer word before a period is not one of them. */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/** Marks that end a sentence, closing quotes or brackets after them, the space between sentences, and opening quotes. */
const FINAL = new Set(['.', '!', '?', '\u2026']);
const CLOSING = new Set(['\u201d', '\u00ab', '"', "'", ')', ']']);
const SPACE = new Set([' ', '\u00a0', '\n']);
const OPENING = new Set(['\u201e', '\u00bb', '"', "'", '(', '[']);

/** What may begin the sentence after an end: a capital letter or a digit. */
const OPENER = /^[\p{Lu}\d]$/u;
const LETTER = /^\p{L}$/u;

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
    // the sentences and the blocks' spans both run in text order: one walk through both
    let first = 0;
    return cut(text, starts).map(({ start, end }) => {
      while (first < spans.length && spans[first]!.to <= start) first++;
      const blocks: number[] = [];
      for (let i = first; i < spans.length && spans[i]!.from < end; i++) blocks.push(spans[i]!.block);
      return { paragraph: n + 1, start, end, text: text.slice(start, end), sources: sourcesOf(blocks) };
    });
  });
}

// Cuts a paragraph's text into sentences: at a sentence's final mark, and where a block starts after one.
// One pass over the text, looking back at most a short word from each mark: time grows with the text's length only.
export function cut(text: string, starts: BlockStart[] = []): { start: number; end: number }[] {
  const ends = new Set<number>();
  for (let at = 0; at < text.length; ) {
    if (!FINAL.has(text[at]!)) {
      at++;
      continue;
    }
    // the final marks, the closing quotes or brackets after them, then space and what opens the next sentence
    const marks = at;
    while (at < text.length && FINAL.has(text[at]!)) at++;
    let end = at;
    while (end < text.length && CLOSING.has(text[end]!)) end++;
    let next = end;
    while (next < text.length && SPACE.has(text[next]!)) next++;
    if (next === end) continue;
    while (next < text.length && OPENING.has(text[next]!)) next++;
    const opener = text.codePointAt(next);
    if (opener === undefined || !OPENER.test(String.fromCodePoint(opener))) continue;
    // a period after an abbreviation or an initial does not end the sentence
    const word = wordBefore(text, marks);
    if (text[marks] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    ends.add(end);
    at = end;
  }
  for (const { at } of starts) if (at > 0 && endsSentence(text, at)) ends.add(at);
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

// Returns the letters just before `at`, or a longer run cut short: more letters than any abbreviation has are not one.
function wordBefore(text: string, at: number): string {
  let from = at;
  for (let letters = 0; from > 0 && letters <= LONGEST_ABBREVIATION; letters++) {
    // a letter outside the Basic Multilingual Plane is two UTF-16 units
    const low = text.charCodeAt(from - 1);
    const step = from > 1 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    if (!LETTER.test(text.slice(from - step, from))) break;
    from -= step;
  }
  return text.slice(from, at);
}

// Tells whether the text before `at` ends a sentence: a final mark, then closing quotes or brackets, then space.
function endsSentence(text: string, at: number): boolean {
  let back = at;
  while (back > 0 && SPACE.has(text[back - 1]!)) back--;
  while (back > 0 && CLOSING.has(text[back - 1]!)) back--;
  return back > 0 && FINAL.has(text[back - 1]!);
}
