// Writes the document tree as a DOCX file: named styles, Polish, fixed dates, and a reference document's look. docx
// writes the package (./write-parts.ts); a reference document's styles, theme, numbering and page set-up are then put
// in through a DOM (./dom.ts), and fflate packs it again with fixed times (./package.ts).
import type { Document as Dom } from '@xmldom/xmldom';
import type { Root } from 'mdast';
import { toParagraphs } from './blocks.ts';
import { child, descendants, wElement } from './dom.ts';
import { mergeStyles, resolveStyles, type ResolvedStyles } from './merge-styles.ts';
import { pack } from './package.ts';
import { revisedParagraphs } from './revisions.ts';
import type { ReferenceDoc, WAttributes } from './reference.ts';
import { ownStyleIds } from './styles.ts';
import { docxParts, editPart, type Parts, type Properties } from './write-parts.ts';

/** What the DOCX needs beyond the tree. */
export interface DocxOptions extends Properties {
  /** The level (1-6) of the section's heading, so that it slots under the report's chapters. */
  headingLevel: number;
  /** The analyst's Word file whose styles and page set-up the output takes. */
  reference?: ReferenceDoc;
}

/** A reference document's styles merged with ours, and the ids the paragraphs use with them. */
interface Restyled {
  resolved: ResolvedStyles;
  /** The merged styles.xml; made with the first DOCX, as it is the same for every year (build --all). */
  styles?: string;
}

/** What each reference document gives the DOCX files made with it, made once: its DOM is edited into the merged styles. */
const RESTYLED = new WeakMap<ReferenceDoc, Restyled>();

// Builds the DOCX bytes for the tree; the same tree and options give the same bytes. With `earlier`, the text of an
// earlier section, the tree's differences from it are tracked changes (options.revision says by whom and when).
export async function toDocx(tree: Root, options: DocxOptions, earlier?: Root): Promise<Uint8Array> {
  // build
  const restyled = options.reference && restyle(options.reference);
  const ids = restyled ? restyled.resolved.ids : ownStyleIds();
  const styles = { headingLevel: options.headingLevel, ids };
  const paragraphs = earlier ? revisedParagraphs(toParagraphs(earlier, styles), toParagraphs(tree, styles)) : toParagraphs(tree, styles);
  const parts = await docxParts(paragraphs, options);
  // restyle
  if (options.reference && restyled) applyReference(parts, options.reference, restyled);
  // pack
  return pack(parts, options.date);
}

// Returns what a reference document gives the DOCX files made with it, resolving its styles the first time.
function restyle(reference: ReferenceDoc): Restyled {
  let restyled = RESTYLED.get(reference);
  if (!restyled) {
    restyled = { resolved: resolveStyles(reference.styles) };
    RESTYLED.set(reference, restyled);
  }
  return restyled;
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
