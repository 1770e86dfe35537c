// Turns the inline content of an mdast block into runs: one run per stretch of equally marked text.
import type { PhrasingContent } from 'mdast';

/** Run marks inherited from enclosing emphasis and strong nodes; never a font or a size. */
interface Marks {
  italics?: boolean;
  bold?: boolean;
}

/** The marks a run of text can carry: "" (none), "i" (italics), "b" (bold) or "bi". */
export type MarksKey = '' | 'i' | 'b' | 'bi';

/** A stretch of text with its marks (and, in a DOCX of tracked changes, whether it was inserted or deleted), or a line break. */
export type Run = { text: string; marks: MarksKey; change?: Change } | { break: true };

/** A tracked change: inserted or deleted. */
export type Change = 'ins' | 'del';

/** A stretch of text with its marks, or a line break, before neighbours are joined. */
type Piece = { text: string; marks: Marks } | { break: true };

// Converts phrasing content to runs, joining neighbouring text of the same marks and dropping empty text.
export function toRuns(nodes: PhrasingContent[]): Run[] {
  return joinPieces(pieces(nodes, {})).map((piece) => ('break' in piece ? piece : { text: piece.text, marks: marksKey(piece.marks) }));
}

// Flattens phrasing content into pieces of marked text.
function pieces(nodes: PhrasingContent[], marks: Marks): Piece[] {
  return nodes.flatMap((node): Piece[] => {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'html':
        return node.value ? [{ text: node.value, marks }] : [];
      case 'image':
      case 'imageReference':
        return node.alt ? [{ text: node.alt, marks }] : [];
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
    if (last && 'text' in last && 'text' in piece && marksKey(last.marks) === marksKey(piece.marks))
      joined[joined.length - 1] = { text: last.text + piece.text, marks: last.marks };
    else joined.push(piece);
  }
  return joined;
}

// Returns the key of a set of marks: bold, then italics.
function marksKey(marks: Marks): MarksKey {
  return `${marks.bold ? 'b' : ''}${marks.italics ? 'i' : ''}` as MarksKey;
}
