// Turns the blocks of the document tree into DOCX paragraphs with named styles; never an empty paragraph.
import type { Root, RootContent } from 'mdast';
import { Paragraph } from 'docx';
import { toRuns } from './inline.ts';
import { BODY, HEADING_LEVELS, headingRole, type StyleIds } from './styles.ts';

/** How blocks become paragraphs: the level of the section's heading, and the style ids to use. */
export interface BlockStyles {
  headingLevel: number;
  ids: StyleIds;
}

// Converts the tree's blocks; headings shift by `headingLevel - 1` so the section's heading lands at that level.
export function toParagraphs(tree: Root, styles: BlockStyles): Paragraph[] {
  return tree.children.flatMap((node) => block(node, styles));
}

// Converts one block node; a block without text gives no paragraph.
function block(node: RootContent, styles: BlockStyles): Paragraph[] {
  switch (node.type) {
    case 'heading':
      return paragraph(styles.ids[headingRole(headingLevel(node.depth, styles.headingLevel)).id]!, toRuns(node.children));
    case 'paragraph':
      return paragraph(styles.ids[BODY.id]!, toRuns(node.children));
    case 'list':
      return node.children.flatMap((item) => item.children.flatMap((child) => block(child, styles)));
    case 'blockquote':
      return node.children.flatMap((child) => block(child, styles));
    default:
      return [];
  }
}

// Returns the DOCX heading level of a Markdown heading depth, at most the deepest level the styles define.
export function headingLevel(depth: number, sectionLevel: number): number {
  return Math.min(HEADING_LEVELS, depth + sectionLevel - 1);
}

// Makes a styled paragraph of runs, or none when there are no runs.
function paragraph(style: string, runs: ReturnType<typeof toRuns>): Paragraph[] {
  return runs.length ? [new Paragraph({ style, children: runs })] : [];
}
