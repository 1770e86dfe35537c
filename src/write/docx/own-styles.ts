// Our own styles, as docx options: Polish, Times New Roman 12 pt, Word's headings and a justified Body Text style.
// docx writes them into the DOCX's styles.xml (./write-parts.ts).
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { BODY, HEADING_LEVELS, headingRole, NORMAL } from './styles.ts';

/** Half-points of each heading level's font: 16, 14, 13 pt, then the body's 12 pt. */
const HEADING_SIZES = [32, 28, 26, 24, 24, 24];

// Returns a heading level's style: bold, kept with the next paragraph, in the document outline, followed by body text.
function heading(level: number): IParagraphStyleOptions {
  return {
    id: headingRole(level).id,
    name: `Heading ${level}`,
    next: BODY.id,
    run: { bold: true, size: HEADING_SIZES[level - 1], ...(level >= 4 ? { italics: true } : {}) },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before: 240, after: 120 } },
  };
}

// Returns the style definitions: Polish, Times New Roman 12 pt by default, Word's headings and the body text style.
export function ownStyles(): IStylesOptions {
  const [heading1, heading2, heading3, heading4, heading5, heading6] = Array.from({ length: HEADING_LEVELS }, (_, i) => heading(i + 1));
  return {
    default: {
      document: {
        run: { font: 'Times New Roman', size: 24, language: { value: 'pl-PL', eastAsia: 'pl-PL', bidirectional: 'ar-SA' } },
      },
      heading1,
      heading2,
      heading3,
      heading4,
      heading5,
      heading6,
    },
    paragraphStyles: [
      {
        id: BODY.id,
        name: BODY.name,
        basedOn: NORMAL.id,
        next: BODY.id,
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 276 } },
      },
    ],
  };
}
