// Writes the DOCX's parts with docx: the paragraphs with their named styles, our own styles, Polish, the document's
// properties; docx's package is then opened (fflate) so that its parts can be dated, restyled and packed again.
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph as DocxParagraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { stripForbidden } from '../../diagnostics/characters.ts';
import { w3cdtf } from '../date.ts';
import type { Paragraph } from './blocks.ts';
import type { Change, Run } from './inline.ts';
import { ownStyles } from './own-styles.ts';
import { withTexts } from './xml-text.ts';

/** The parts of a DOCX package: path -> XML text or bytes, in zip order. */
export type Parts = Record<string, string | Uint8Array>;

/** The document's properties in docProps/core.xml. */
export interface Properties {
  title: string;
  creator: string;
  subject: string;
  /** The time of docProps/core.xml's dates. */
  date: Date;
  /** Who made the tracked changes a paragraph or run marks, and when (a DOCX of revisions). */
  revision?: { author: string; date: Date };
}

const DCTERMS = 'http://purl.org/dc/terms/';

/** The part of the document's properties, where docx writes the time it runs as the dates created and modified. */
const CORE = 'docProps/core.xml';

// Writes the paragraphs and properties with docx and returns the package's parts, in docx's order, with the dates set
// to the properties' date. What XML 1.0 cannot hold is left out of the text first (docx would write U+FFFE as it is).
export async function docxParts(paragraphs: Paragraph[], properties: Properties): Promise<Parts> {
  const text = stripForbidden;
  const changes = tracker(properties.revision);
  const document = new Document({
    title: text(properties.title),
    subject: text(properties.subject),
    creator: text(properties.creator),
    lastModifiedBy: text(properties.creator),
    styles: ownStyles(),
    sections: [{ children: paragraphs.map((p) => docxParagraph(p, changes)) }],
  });
  const parts: Parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  dated(parts, properties.date);
  return parts;
}

/** Numbers tracked changes in document order (their ids must differ) and says who made them and when. */
type Tracker = (change: Change) => { id: number; author: string; date: string };

// Returns the tracker of a document's changes; one without revisions has none to track.
function tracker(revision: Properties['revision']): Tracker {
  let id = 0;
  return () => {
    if (!revision) throw new Error('A tracked change needs its author and date.');
    return { id: ++id, author: revision.author, date: revision.date.toISOString().replace(/\.\d{3}Z$/, 'Z') };
  };
}

// Makes one paragraph: its style and runs, and its mark inserted or deleted where the paragraph's end is a change.
function docxParagraph(paragraph: Paragraph, changes: Tracker): DocxParagraph {
  const mark = paragraph.mark && { run: { [paragraph.mark === 'ins' ? 'insertion' : 'deletion']: changes(paragraph.mark) } };
  return new DocxParagraph({ style: stripForbidden(paragraph.style), children: paragraph.runs.map((run) => textRun(run, changes)), ...mark });
}

// Makes one run: text with its marks (never a font or a size), or a line break; inserted or deleted as tracked.
function textRun(run: Run, changes: Tracker): TextRun | InsertedTextRun | DeletedTextRun {
  if ('break' in run) return new TextRun({ break: 1 });
  const options = {
    text: stripForbidden(run.text),
    ...(run.marks.includes('i') ? { italics: true } : {}),
    ...(run.marks.includes('b') ? { bold: true } : {}),
  };
  if (run.change === 'ins') return new InsertedTextRun({ ...options, ...changes('ins') });
  if (run.change === 'del') return new DeletedTextRun({ ...options, ...changes('del') });
  return new TextRun(options);
}

// Sets the dates created and modified of docProps/core.xml, which docx sets to the time it runs.
function dated(parts: Parts, date: Date): void {
  const core = parts[CORE];
  if (core === undefined) throw new Error(`The DOCX has no ${CORE} to date.`);
  try {
    parts[CORE] = withTexts(typeof core === 'string' ? core : strFromU8(core), DCTERMS, { created: w3cdtf(date), modified: w3cdtf(date) });
  } catch (cause) {
    throw new Error(`The DOCX's ${CORE} cannot be read: ${(cause as Error).message}`);
  }
}
