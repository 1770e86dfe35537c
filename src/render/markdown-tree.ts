// Parses rendered Markdown into the one document tree the writers take, with Polish typography. The thread that makes
// the Markdown and DOCX files (src/pipeline/year-thread.ts) loads this module, not the templates.
import type { Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { typesetTree } from '../typography/index.ts';
import { visitTexts } from './visit.ts';

// Turns the Markdown the templates wrote into the section's document tree, with Polish typography (set in the tree
// just parsed, which nothing else holds).
export function sectionTree(markdown: string): Root {
  return typesetTree(parseMarkdown(markdown));
}

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
