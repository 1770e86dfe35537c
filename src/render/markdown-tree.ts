// Parses rendered Markdown into the one document tree both writers take.
import type { Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visitTexts } from './visit.ts';

// Parses Markdown into an mdast tree, turning soft line breaks inside paragraphs into spaces.
export function parseMarkdown(markdown: string): Root {
  const tree = fromMarkdown(markdown);
  visitTexts(tree, (node: Text) => {
    node.value = node.value.replace(/[ \t]*\n[ \t]*/g, ' ');
  });
  stripPositions(tree);
  return tree;
}

// Drops source positions: the tree describes the document, not the intermediate Markdown.
function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  for (const child of node.children ?? []) stripPositions(child as typeof node);
}
