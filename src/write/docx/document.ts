// Writes the document tree as a DOCX file: named styles, Polish, fixed dates, and a reference document's look. docx
// writes the package (./write-parts.ts); a reference document's styles, theme, numbering and page set-up are then put
// in (./restyle.ts, loaded only with a reference document), and fflate packs it again with fixed times (./package.ts).
import type { Root } from 'mdast';
import { toParagraphs } from './blocks.ts';
import { pack } from './package.ts';
import { revisedParagraphs } from './revisions.ts';
import type { ReferenceDoc } from './reference.ts';
import { ownStyleIds } from './styles.ts';
import { docxParts, type Properties } from './write-parts.ts';

/** What the DOCX needs beyond the tree. */
export interface DocxOptions extends Properties {
  /** The level (1-6) of the section's heading, so that it slots under the report's chapters. */
  headingLevel: number;
  /** The analyst's Word file whose styles and page set-up the output takes. */
  reference?: ReferenceDoc;
}

// Builds the DOCX bytes for the tree; the same tree and options give the same bytes. With `earlier`, the text of an
// earlier section, the tree's differences from it are tracked changes (options.revision says by whom and when).
export async function toDocx(tree: Root, options: DocxOptions, earlier?: Root): Promise<Uint8Array> {
  // build
  const restyling = options.reference && (await import('./restyle.ts')).restyling(options.reference);
  const styles = { headingLevel: options.headingLevel, ids: restyling ? restyling.ids : ownStyleIds() };
  const paragraphs = earlier ? revisedParagraphs(toParagraphs(earlier, styles), toParagraphs(tree, styles)) : toParagraphs(tree, styles);
  const parts = await docxParts(paragraphs, options);
  // restyle
  restyling?.apply(parts);
  // pack
  return pack(parts, options.date);
}
