// The named styles the DOCX's paragraphs refer to: Word's headings and a justified body text style (./own-styles.ts).

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
