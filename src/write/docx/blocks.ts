// Turns the blocks of the document tree into DOCX paragraphs with named styles.
import type { Root, RootContent } from 'mdast';
import { Paragraph } from 'docx';
import { toRuns } from './inline.ts';
import { BODY_STYLE } from './styles.ts';

// Converts the tree's blocks; headings shift by `headingLevel - 1` so the section's heading lands at that level.
export function toParagraphs(tree: Root, headingLevel: number): Paragraph[] {
  return tree.children.flatMap((node) => block(node, headingLevel));
}

// Converts one block node.
function block(node: RootContent, headingLevel: number): Paragraph[] {
  switch (node.type) {
    case 'heading': {
      const level = Math.min(9, node.depth + headingLevel - 1);
      return [new Paragraph({ style: `Heading${level}`, children: toRuns(node.children) })];
    }
    case 'paragraph': {
      const runs = toRuns(node.children);
      return runs.length ? [new Paragraph({ style: BODY_STYLE, children: runs })] : [];
    }
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap((child) => block(child, headingLevel)));
    case 'blockquote':
      return node.children.flatMap((child) => block(child, headingLevel));
    default:
      return [];
  }
}
