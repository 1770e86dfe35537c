// Writes the document tree as Markdown.
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

// Serializes the tree to Markdown text.
export function toMarkdownText(tree: Root): string {
  return toMarkdown(tree, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' });
}
