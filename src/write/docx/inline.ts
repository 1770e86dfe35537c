// Turns the inline content of an mdast block into DOCX runs.
import type { PhrasingContent } from 'mdast';
import { TextRun } from 'docx';

/** Run formatting inherited from enclosing emphasis and strong nodes. */
interface Marks {
  italics?: boolean;
  bold?: boolean;
}

// Converts phrasing content to text runs; formatting comes only from emphasis and strong, never fonts.
export function toRuns(nodes: PhrasingContent[], marks: Marks = {}): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    switch (node.type) {
      case 'text':
        return node.value ? [new TextRun({ text: node.value, ...marks })] : [];
      case 'emphasis':
        return toRuns(node.children, { ...marks, italics: true });
      case 'strong':
        return toRuns(node.children, { ...marks, bold: true });
      case 'inlineCode':
        return [new TextRun({ text: node.value, ...marks })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        return toRuns(node.children, marks);
      default:
        return 'children' in node ? toRuns(node.children as PhrasingContent[], marks) : [];
    }
  });
}
