// The named styles of the generated DOCX: Word's headings and a justified body text style, in Polish.
import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';

/** How many heading levels the document can use (Markdown's six). */
export const HEADING_LEVELS = 6;

/** A style the document refers to: its id in our own styles.xml and its name, by which a reference document is searched. */
export interface StyleRole {
  id: string;
  name: string;
}

/** The style of the base paragraphs every other style is based on. */
export const NORMAL: StyleRole = { id: 'Normal', name: 'Normal' };
/** The justified style of the section's paragraphs. */
export const BODY: StyleRole = { id: 'BodyText', name: 'Body Text' };

// Returns the role of the heading style of a level (1-6); Word's built-in name is "heading n".
export function headingRole(level: number): StyleRole {
  return { id: `Heading${level}`, name: `heading ${level}` };
}

/** Every style the document can refer to, Normal first. */
export const ROLES: StyleRole[] = [NORMAL, ...Array.from({ length: HEADING_LEVELS }, (_, i) => headingRole(i + 1)), BODY];

/** The style ids the paragraphs use: ours, or those a reference document gives the same names. */
export type StyleIds = Record<string, string>;

// Returns our own ids for every role: the ids used when there is no reference document.
export function ownStyleIds(): StyleIds {
  return Object.fromEntries(ROLES.map((role) => [role.id, role.id]));
}

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
export function styles(): IStylesOptions {
  const [heading1, heading2, heading3, heading4, heading5, heading6] = Array.from({ length: HEADING_LEVELS }, (_, i) => heading(i + 1));
  return {
    default: {
      document: {
        run: { font: 'Times New Roman', size: 24, language: { value: 'pl-PL', eastAsia: 'pl-PL', bidirectional: 'ar-SA' } },
      },
      heading1, heading2, heading3, heading4, heading5, heading6,
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
