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
    node.value = softBreaksAsSpaces(node.value);
  });
  stripPositions(tree);
  return tree;
}

// Turns each line break of a text, with the spaces and tabs around it, into one space. Each line is trimmed by a loop:
// a pattern such as /[ \t]*\n/ reads a long run of spaces again from each of its spaces (200,000 took minutes).
function softBreaksAsSpaces(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const last = lines.length - 1;
  return lines.map((line, at) => line.slice(at === 0 ? 0 : spacesAtStart(line), at === last ? line.length : spacesBeforeEnd(line))).join(' ');
}

/** Spaces and tabs, the only white space a line break takes with it (a non-breaking space stays). */
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

// Returns where a line's text starts after its leading spaces and tabs.
function spacesAtStart(line: string): number {
  let at = 0;
  while (isSpace(line[at])) at++;
  return at;
}

// Returns where a line's trailing spaces and tabs start.
function spacesBeforeEnd(line: string): number {
  let end = line.length;
  while (end > 0 && isSpace(line[end - 1])) end--;
  return end;
}

// Drops source positions: the tree describes the document, not the intermediate Markdown.
function stripPositions(node: { position?: unknown; children?: unknown[] }): void {
  delete node.position;
  for (const child of node.children ?? []) stripPositions(child as typeof node);
}
