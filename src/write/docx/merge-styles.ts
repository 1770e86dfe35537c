// Takes a reference document's styles as pandoc does: its definitions win, and ours fill in the styles it lacks.
import type { Document, Element } from '@xmldom/xmldom';
import { child, children, setWAttribute, wAttribute } from './dom.ts';
import { inPolish } from './language.ts';
import { ROLES, type StyleIds, type StyleRole } from './styles.ts';

/** The style ids the paragraphs use with a reference document, and the roles it has no style for. */
export interface ResolvedStyles {
  ids: StyleIds;
  missing: StyleRole[];
}

/** One paragraph style of a styles.xml: its id and its name, folded (foldName). */
interface StyleEntry {
  id: string;
  name: string;
}

// Finds each role in the reference's styles, by name first (Word localises ids: "Nagwek1" is "heading 1"), then by
// id; a role it lacks keeps our id, or the first free one after it when a style of another type holds that id.
export function resolveStyles(referenceStyles: Document): ResolvedStyles {
  const styles = children(referenceStyles.documentElement!, 'style');
  const entries = paragraphStyles(styles);
  const taken = new Set(styles.map((style) => wAttribute(style, 'styleId')));
  const ids: StyleIds = {};
  const missing: StyleRole[] = [];
  for (const role of ROLES) {
    const name = foldName(role.name);
    const found = entries.find((e) => e.name === name) ?? entries.find((e) => e.id === role.id);
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

// Makes the reference's styles.xml the output's: adds our definitions of the styles it lacks, and makes it Polish.
// Edits the reference's DOM, and returns it.
export function mergeStyles(referenceStyles: Document, ownStyles: Document, resolved: ResolvedStyles): Document {
  const merged = referenceStyles;
  for (const style of children(ownStyles.documentElement!, 'style')) {
    const id = wAttribute(style, 'styleId');
    if (!resolved.missing.some((role) => role.id === id)) continue;
    const added = merged.importNode(style, true) as Element;
    setWAttribute(added, 'styleId', resolved.ids[id!]!);
    pointAtReference(added, resolved.ids);
    merged.documentElement!.appendChild(added);
  }
  inPolish(merged);
  return merged;
}

// Lists the paragraph styles among the styles of a styles.xml.
function paragraphStyles(styles: Element[]): StyleEntry[] {
  return styles
    .filter((style) => wAttribute(style, 'type') === 'paragraph')
    .map((style) => {
      const name = child(style, 'name');
      return { id: wAttribute(style, 'styleId') ?? '', name: foldName((name && wAttribute(name, 'val')) ?? '') };
    })
    .filter((entry) => entry.id);
}

// Makes an added style's w:basedOn and w:next name the reference's ids of the same styles.
function pointAtReference(style: Element, ids: StyleIds): void {
  for (const link of [child(style, 'basedOn'), child(style, 'next')]) {
    const id = link && wAttribute(link, 'val');
    if (link && id !== undefined && ids[id]) setWAttribute(link, 'val', ids[id]);
  }
}

// Folds a style name as Word compares them: case and runs of spaces do not matter ("Heading 1" is "heading 1").
function foldName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
