// Finds what the section adds and removes since the previous year, sentence by sentence: a sentence new or gone is
// marked whole; a sentence reworded is marked word by word where little of it changed, and as the old sentence struck
// and the new one inserted where most of it did (interleaved words would read as neither).
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Nodes, Root } from 'mdast';
import { cut, textNodes } from '../render/sources/sentences.ts';
import type { ParagraphChanges } from '../write/html/index.ts';

/** The share of a reworded sentence's characters, old and new together, past which it is marked whole. */
const MOSTLY_CHANGED = 0.5;

/** A sentence of a section: its paragraph (0-based), where it stands in the paragraph's text, and its text. */
interface Placed {
  n: number;
  start: number;
  end: number;
  text: string;
}

// Compares two sections: what `after` adds (as ranges of its paragraphs' text) and removes (as the text and where it stood).
export function changesSince(before: Root, after: Root): ParagraphChanges[] {
  const texts = paragraphTexts(after);
  const changes = texts.map((_, n): ParagraphChanges => ({ paragraph: n + 1, added: [], removed: [] }));
  const old = sentencesIn(paragraphTexts(before));
  const now = sentencesIn(texts);
  // where a sentence that is gone is shown: after the last sentence of `after` met, or before the first
  let last: Placed | undefined;
  const gone = (sentence: Placed) => {
    if (last) changes[last.n]!.removed.push({ at: last.end, text: ` ${sentence.text}` });
    else if (changes.length) changes[0]!.removed.push({ at: 0, text: `${sentence.text} ` });
  };
  let removed: Placed[] = [];
  let a = 0;
  let b = 0;
  const pair = (added: Placed[]) => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      const [was, is] = [removed[i], added[i]];
      if (was && is) reworded(was, is, changes[is.n]!);
      else if (is) changes[is.n]!.added.push([is.start, is.end]);
      else gone(was!);
      if (is) last = is;
    }
    removed = [];
  };
  for (const part of diffArrays(
    old.map((s) => s.text),
    now.map((s) => s.text),
  )) {
    const count = part.count ?? part.value.length;
    if (part.removed) removed.push(...old.slice(b, (b += count)));
    else if (part.added) pair(now.slice(a, (a += count)));
    else {
      pair([]);
      last = now[(a += count) - 1];
      b += count;
    }
  }
  pair([]);
  return changes.filter((change) => change.added.length || change.removed.length);
}

// Marks a sentence that reads otherwise than it did: word by word, or whole where most of it changed.
function reworded(was: Placed, is: Placed, change: ParagraphChanges): void {
  const parts = diffWordsWithSpace(was.text, is.text);
  const changed = parts.filter((part) => part.added || part.removed).reduce((sum, part) => sum + part.value.length, 0);
  if (changed / (was.text.length + is.text.length) > MOSTLY_CHANGED) {
    change.removed.push({ at: is.start, text: `${was.text} ` });
    change.added.push([is.start, is.end]);
    return;
  }
  let at = is.start;
  for (const part of parts) {
    if (part.removed) {
      if (part.value.trim()) change.removed.push({ at, text: part.value });
      continue;
    }
    if (part.added && part.value.trim()) change.added.push([at, at + part.value.length]);
    at += part.value.length;
  }
}

// Cuts each paragraph's text into its sentences, in order.
function sentencesIn(texts: string[]): Placed[] {
  return texts.flatMap((text, n) => cut(text).map(({ start, end }) => ({ n, start, end, text: text.slice(start, end) })));
}

// Returns the text of each paragraph, in order.
function paragraphTexts(tree: Root): string[] {
  const paragraphs = (node: Nodes): Nodes[] => (node.type === 'paragraph' ? [node] : 'children' in node ? (node.children as Nodes[]).flatMap(paragraphs) : []);
  return paragraphs(tree).map((paragraph) =>
    textNodes(paragraph)
      .map((text) => text.value)
      .join(''),
  );
}
