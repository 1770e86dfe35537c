// Takes a reference document's styles as pandoc does: its definitions win, and ours fill in the styles it lacks.
import { inPolish } from './language.ts';
import { ROLES, type StyleIds, type StyleRole } from './styles.ts';
import { attribute, childValue, elements, replaceElements, withAttribute } from './xml.ts';

/** The style ids the paragraphs use with a reference document, and the roles it has no style for. */
export interface ResolvedStyles {
  ids: StyleIds;
  missing: StyleRole[];
}

/** One paragraph style of a styles.xml: its id and its name. */
interface StyleEntry {
  id: string;
  name: string;
}

// Finds each role in the reference's styles, by name first (Word localises ids: "Nagwek1" is "heading 1"), then by
// id; a role it lacks keeps our id, or the first free one after it when a style of another type holds that id.
export function resolveStyles(referenceStyles: string): ResolvedStyles {
  const entries = paragraphStyles(referenceStyles);
  const taken = new Set(elements(referenceStyles, 'w:style').map((style) => attribute(style, 'w:styleId')));
  const ids: StyleIds = {};
  const missing: StyleRole[] = [];
  for (const role of ROLES) {
    const found = entries.find((e) => sameName(e.name, role.name)) ?? entries.find((e) => e.id === role.id);
    ids[role.id] = found?.id ?? freeId(role.id, taken);
    if (!found) missing.push(role);
  }
  return { ids, missing };
}

// Returns the id itself when no style holds it, else the id with the first number that makes it free.
function freeId(id: string, taken: Set<string | undefined>): string {
  let free = id;
  for (let n = 1; taken.has(free); n++) free = `${id}${n}`;
  return free;
}

// Builds the output's styles.xml: the reference's, plus our definitions of the styles it lacks, in Polish.
export function mergeStyles(referenceStyles: string, ownStyles: string, resolved: ResolvedStyles): string {
  const added = elements(ownStyles, 'w:style')
    .filter((style) => resolved.missing.some((role) => attribute(style, 'w:styleId') === role.id))
    .map((style) => pointAtReference(withAttribute(style, 'w:styleId', resolved.ids[attribute(style, 'w:styleId')!]!), resolved.ids))
    .join('');
  const merged = added ? referenceStyles.replace(/<\/w:styles>\s*$/, () => `${added}</w:styles>`) : referenceStyles;
  return inPolish(merged);
}

// Lists the paragraph styles of a styles.xml.
function paragraphStyles(styles: string): StyleEntry[] {
  return elements(styles, 'w:style')
    .filter((style) => attribute(style, 'w:type') === 'paragraph')
    .map((style) => ({ id: attribute(style, 'w:styleId') ?? '', name: childValue(style, 'w:name') ?? '' }))
    .filter((entry) => entry.id);
}

// Makes an added style's w:basedOn and w:next name the reference's ids of the same styles.
function pointAtReference(style: string, ids: StyleIds): string {
  const repoint = (found: string) => {
    const id = attribute(found, 'w:val');
    return id !== undefined && ids[id] ? withAttribute(found, 'w:val', ids[id]) : found;
  };
  return replaceElements(replaceElements(style, 'w:basedOn', repoint), 'w:next', repoint);
}

// Compares style names as Word does: case and runs of spaces do not matter ("Heading 1" is "heading 1").
function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return fold(a) === fold(b);
}
