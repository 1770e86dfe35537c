// Turns the inline content of an mdast block into DOCX runs: one run per stretch of equally marked text.
import type { PhrasingContent } from 'mdast';
import { TextRun } from 'docx';

/** Run marks inherited from enclosing emphasis and strong nodes; never a font or a size. */
interface Marks {
  italics?: boolean;
  bold?: boolean;
}

/** A stretch of text with its marks, or a line break. */
type Piece = { text: string; marks: Marks } | { break: true };

// Converts phrasing content to runs, joining neighbouring text of the same marks and dropping empty text.
export function toRuns(nodes: PhrasingContent[]): TextRun[] {
  return joinPieces(pieces(nodes, {})).map((piece) =>
    'break' in piece ? new TextRun({ break: 1 }) : new TextRun({ text: piece.text, ...piece.marks }),
  );
}

// Flattens phrasing content into pieces of marked text.
function pieces(nodes: PhrasingContent[], marks: Marks): Piece[] {
  return nodes.flatMap((node): Piece[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        return node.value ? [{ text: node.value, marks }] : [];
      case 'emphasis':
        return pieces(node.children, { ...marks, italics: true });
      case 'strong':
        return pieces(node.children, { ...marks, bold: true });
      case 'break':
        return [{ break: true }];
      default:
        return 'children' in node ? pieces(node.children as PhrasingContent[], marks) : [];
    }
  });
}

// Joins neighbouring text pieces that carry the same marks.
function joinPieces(list: Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of list) {
    const last = joined.at(-1);
    if (last && 'text' in last && 'text' in piece && sameMarks(last.marks, piece.marks)) joined[joined.length - 1] = { text: last.text + piece.text, marks: last.marks };
    else joined.push(piece);
  }
  return joined;
}

// Tells whether two sets of marks format text alike.
function sameMarks(a: Marks, b: Marks): boolean {
  return Boolean(a.italics) === Boolean(b.italics) && Boolean(a.bold) === Boolean(b.bold);
}
