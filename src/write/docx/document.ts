// Writes the document tree as a DOCX file: named styles, Polish, fixed dates, and a reference document's look. The
// XML is docx's, taken from the skeleton (./skeleton.ts) with the section's text put in, or, where no skeleton could
// be made, written by docx itself (./with-docx.ts).
import type { Root } from 'mdast';
import { w3cdtf } from '../date.ts';
import { toParagraphs, type Paragraph } from './blocks.ts';
import { mergeStyles, resolveStyles, type ResolvedStyles } from './merge-styles.ts';
import { editPart, pack, type Parts } from './package.ts';
import { loadSkeleton } from './prebuilt-skeleton.ts';
import type { ReferenceDoc } from './reference.ts';
import { fill, type Skeleton } from './skeleton.ts';
import { ownStyleIds } from './styles.ts';
import { escapeXml, replaceElements } from './xml.ts';
import type { Deflated } from './zip.ts';

/** What the DOCX needs beyond the tree. */
export interface DocxOptions {
  title: string;
  creator: string;
  subject: string;
  /** The level (1-6) of the section's heading, so that it slots under the report's chapters. */
  headingLevel: number;
  /** The time stamped into docProps/core.xml and every zip entry. */
  date: Date;
  /** The analyst's Word file whose styles and page set-up the output takes. */
  reference?: ReferenceDoc;
}

/** The document's properties in docProps/core.xml. */
export type Properties = Pick<DocxOptions, 'title' | 'subject' | 'creator' | 'date'>;

// Builds the DOCX bytes for the tree; the same tree and options give the same bytes.
export async function toDocx(tree: Root, options: DocxOptions): Promise<Uint8Array> {
  return toDocxFrom(await loadSkeleton(), tree, options);
}

// Builds the DOCX bytes from the skeleton, or with docx itself when there is none: the same bytes either way.
export async function toDocxFrom(skeleton: Skeleton | undefined, tree: Root, options: DocxOptions): Promise<Uint8Array> {
  // build
  const resolved: ResolvedStyles = options.reference ? resolveStyles(options.reference.styles) : { ids: ownStyleIds(), missing: [] };
  const paragraphs = toParagraphs(tree, { headingLevel: options.headingLevel, ids: resolved.ids });
  const parts: Parts = skeleton ? fillSkeleton(skeleton, paragraphs, options) : await (await import('./with-docx.ts')).docxParts(paragraphs, options);
  // restyle
  if (options.reference) applyReference(parts, options.reference, resolved);
  return pack(parts, options.date, skeleton ? unchanged(skeleton, parts) : {});
}

// Returns the parts of the package with the paragraphs and properties put in the skeleton.
export function fillSkeleton(skeleton: Skeleton, paragraphs: Paragraph[], properties: Properties): Parts {
  return {
    ...skeleton.parts,
    'word/document.xml': fill(skeleton.document, { paragraphs: paragraphs.map((p) => paragraphXml(skeleton, p)).join('') }),
    'docProps/core.xml': fill(skeleton.core, {
      title: escapeXml(properties.title),
      subject: escapeXml(properties.subject),
      creator: escapeXml(properties.creator),
      date: w3cdtf(properties.date),
    }),
  };
}

// Returns the skeleton's deflated parts that the DOCX holds unchanged.
function unchanged(skeleton: Skeleton, parts: Parts): Record<string, Deflated> {
  return Object.fromEntries(Object.entries(prepared(skeleton)).filter(([path]) => parts[path] === skeleton.parts[path]));
}

/** What each skeleton gives every DOCX made from it, made once: build --all writes one a year. */
const PREPARED = new WeakMap<Skeleton, Record<string, Deflated>>();

// Returns the skeleton's deflated parts as bytes.
function prepared(skeleton: Skeleton): Record<string, Deflated> {
  let ready = PREPARED.get(skeleton);
  if (!ready) {
    ready = Object.fromEntries(
      Object.entries(skeleton.deflated).map(([path, part]) => [path, { crc: part.crc, size: part.size, packed: Buffer.from(part.base64, 'base64') }]),
    );
    PREPARED.set(skeleton, ready);
  }
  return ready;
}

// Writes one paragraph: its style and its runs of text and line breaks.
function paragraphXml(skeleton: Skeleton, paragraph: Paragraph): string {
  const runs = paragraph.runs.map((run) => ('break' in run ? skeleton.lineBreak : fill(skeleton.runs[run.marks], { text: escapeXml(run.text) })));
  return fill(skeleton.paragraph, { style: escapeXml(paragraph.style), runs: runs.join('') });
}

// Gives the package the reference's styles (with ours for what it lacks), theme, numbering, page size and margins.
function applyReference(parts: Parts, reference: ReferenceDoc, resolved: ResolvedStyles): void {
  editPart(parts, 'word/styles.xml', (own) => mergeStyles(reference.styles, own, resolved));
  if (reference.theme) parts['word/theme/theme1.xml'] = reference.theme;
  if (reference.numbering) parts['word/numbering.xml'] = reference.numbering;
  const { size, margins } = reference.page;
  editPart(parts, 'word/document.xml', (xml) => {
    const sized = size ? replaceElements(xml, 'w:pgSz', () => size) : xml;
    return margins ? replaceElements(sized, 'w:pgMar', () => margins) : sized;
  });
}
