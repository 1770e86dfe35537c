// Writes the section's HTML (its heading and paragraphs) from the document tree, through hast.
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { markTree, type ParagraphChanges } from './marks.ts';

// Writes the section as HTML: each sentence in a span numbered as in tree.data.sentences, and the changes marked.
export function sectionHtml(tree: Root, changes: readonly ParagraphChanges[] = []): string {
  const marked = markTree(tree, tree.data?.sentences ?? [], changes);
  return toHtml(toHast(marked));
}

// Writes the sentences' sources as JSON that is safe inside a <script> element.
export function sourcesData(tree: Root): string {
  const sources = (tree.data?.sentences ?? []).map(({ text, sources }) => ({ text, sources }));
  return JSON.stringify(sources)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
