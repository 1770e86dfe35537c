// Finds the words added and removed in the section since the previous year, paragraph by paragraph.
import { diffWordsWithSpace } from 'diff';
import type { Nodes, Root } from 'mdast';
import { textNodes } from '../render/sources/sentences.ts';
import type { ParagraphChanges } from '../write/html/index.ts';

/** What stands between paragraphs in the text compared: no word holds it. */
const BREAK = '\n\n';

// Compares two sections word by word: what `after` adds (as ranges of its paragraphs' text) and removes (as the text and where it stood).
export function changesSince(before: Root, after: Root): ParagraphChanges[] {
  const texts = paragraphTexts(after);
  const changes = texts.map((_, n): ParagraphChanges => ({ paragraph: n + 1, added: [], removed: [] }));
  // where each paragraph starts in the joined text
  const starts: number[] = [];
  texts.reduce((at, text) => (starts.push(at), at + text.length + BREAK.length), 0);
  const place = (at: number) => {
    let n = starts.length - 1;
    while (n > 0 && starts[n]! > at) n--;
    return { n, at: Math.min(at - starts[n]!, texts[n]?.length ?? 0) };
  };
  let at = 0;
  for (const part of diffWordsWithSpace(paragraphTexts(before).join(BREAK), texts.join(BREAK))) {
    if (part.removed) {
      if (part.value.trim()) {
        const where = place(at);
        changes[where.n]?.removed.push({ at: where.at, text: part.value.replace(/\s*\n\n\s*/g, ' ') });
      }
      continue;
    }
    if (part.added && part.value.trim())
      // an addition that spans paragraphs is marked in each
      for (let n = place(at).n; n < texts.length && starts[n]! < at + part.value.length; n++) {
        const from = Math.max(at, starts[n]!) - starts[n]!;
        const to = Math.min(at + part.value.length, starts[n]! + texts[n]!.length) - starts[n]!;
        if (to > from && texts[n]!.slice(from, to).trim()) changes[n]!.added.push([from, to]);
      }
    at += part.value.length;
  }
  return changes.filter((change) => change.added.length || change.removed.length);
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
