// Turns the blocks of the document tree into paragraphs with named styles; never an empty paragraph.
import type { Root, RootContent } from 'mdast';
import { toRuns, type Change, type Run } from './inline.ts';
import { BODY, HEADING_LEVELS, headingRole, type StyleIds } from './styles.ts';

/** How blocks become paragraphs: the level of the section's heading, and the style ids to use. */
export interface BlockStyles {
  headingLevel: number;
  ids: StyleIds;
}

/** A paragraph of the DOCX: the id of its style and its runs, at least one; in a DOCX of tracked changes, whether the
 * paragraph's end (its mark) was inserted or deleted. */
export interface Paragraph {
  style: string;
  runs: Run[];
  mark?: Change;
}

// Converts the tree's blocks; headings shift by `headingLevel - 1` so the section's heading lands at that level.
export function toParagraphs(tree: Root, styles: BlockStyles): Paragraph[] {
  return tree.children.flatMap((node) => block(node, styles));
}

// Converts one block node; a block without text gives no paragraph. Raw HTML and code blocks (which a custom template
// can start, "<div>…" or four spaces) are text as the Markdown holds it, so that both files say the same.
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
    case 'html':
    case 'code':
      return node.value.trim() ? paragraph(styles.ids[BODY.id]!, literalRuns(node.value)) : [];
    default:
      return [];
  }
}

// Returns the DOCX heading level of a Markdown heading depth, at most the deepest level the styles define.
export function headingLevel(depth: number, sectionLevel: number): number {
  return Math.min(HEADING_LEVELS, depth + sectionLevel - 1);
}

// Returns the runs of literal text: each line a run, with line breaks between (none for empty text).
function literalRuns(text: string): Run[] {
  return text
    .replace(/^\n+|\n+$/g, '')
    .split('\n')
    .flatMap((line, i): Run[] => [...(i ? [{ break: true as const }] : []), ...(line ? [{ text: line, marks: '' as const }] : [])]);
}

// Makes a styled paragraph of runs, or none when there are no runs.
function paragraph(style: string, runs: Run[]): Paragraph[] {
  return runs.length ? [{ style, runs }] : [];
}
