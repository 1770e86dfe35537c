// Writes the document tree as Markdown.
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stripForbidden } from '../diagnostics/characters.ts';

// Serializes the tree to Markdown text, without the characters the DOCX cannot hold either (controls, noncharacters,
// lone surrogates), so that both files say the same.
export function toMarkdownText(tree: Root): string {
  return stripForbidden(toMarkdown(tree, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' }));
}
