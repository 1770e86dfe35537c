// Gives a DOCX a reference document's look: its styles (with ours for what it lacks), theme, numbering, page size and
// margins, put into docx's parts through a DOM (./dom.ts). Loaded with the first DOCX written with a reference
// document, as the reference's reader (./reference.ts) is: a DOCX without one makes no DOM.
import type { Document as Dom } from '@xmldom/xmldom';
import { child, descendants, serialize, wElement } from './dom.ts';
import { mergeStyles, resolveStyles, type ResolvedStyles } from './merge-styles.ts';
import type { ReferenceDoc, WAttributes } from './reference.ts';
import type { StyleIds } from './styles.ts';
import type { Parts } from './write-parts.ts';
import { readXml } from './xml-read.ts';

/** What a reference document gives the DOCX files made with it: the style ids its paragraphs take, and the restyling of its parts. */
export interface Restyling {
  ids: StyleIds;
  apply(parts: Parts): void;
}

/** A reference document's styles merged with ours, and the ids the paragraphs use with them. */
interface Restyled {
  resolved: ResolvedStyles;
  /** The merged styles.xml; made with the first DOCX, as it is the same for every year (build --all). */
  styles?: string;
}

/** What each reference document gives the DOCX files made with it, made once: its DOM is edited into the merged styles. */
const RESTYLED = new WeakMap<ReferenceDoc, Restyled>();

// Returns the restyling a reference document gives, resolving its styles the first time.
export function restyling(reference: ReferenceDoc): Restyling {
  let restyled = RESTYLED.get(reference);
  if (!restyled) {
    restyled = { resolved: resolveStyles(reference.styles) };
    RESTYLED.set(reference, restyled);
  }
  const made = restyled;
  return { ids: made.resolved.ids, apply: (parts) => applyReference(parts, reference, made) };
}

// Gives the package the reference's styles (with ours for what it lacks), theme, numbering, page size and margins.
function applyReference(parts: Parts, reference: ReferenceDoc, restyled: Restyled): void {
  if (restyled.styles === undefined) {
    editPart(parts, 'word/styles.xml', (own) => mergeStyles(reference.styles, own, restyled.resolved));
    restyled.styles = parts['word/styles.xml'] as string;
  } else parts['word/styles.xml'] = restyled.styles;
  if (reference.theme) parts['word/theme/theme1.xml'] = reference.theme;
  if (reference.numbering) parts['word/numbering.xml'] = reference.numbering;
  editPart(parts, 'word/document.xml', (document) => {
    withPageElement(document, 'pgSz', reference.page.size);
    withPageElement(document, 'pgMar', reference.page.margins);
    return document;
  });
}

// Replaces the page element (w:pgSz, w:pgMar) of each section by one with the reference's attributes, when it has them.
function withPageElement(document: Dom, local: string, attributes: WAttributes | undefined): void {
  if (!attributes) return;
  for (const section of descendants(document, 'sectPr')) {
    const own = child(section, local);
    if (own) section.replaceChild(wElement(document, local, attributes), own);
  }
}

// Edits one XML part of the package in a DOM, read by the parser that reads reference documents (./xml-read.ts).
function editPart(parts: Parts, path: string, edit: (doc: Dom) => Dom): void {
  const part = parts[path];
  if (part === undefined) throw new Error(`The DOCX has no ${path} to edit.`);
  const read = readXml(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
  if (!read.ok) throw new Error(`The DOCX's ${path} cannot be read: ${read.message.key} ${JSON.stringify(read.message.params)}`);
  parts[path] = serialize(edit(read.doc));
}
