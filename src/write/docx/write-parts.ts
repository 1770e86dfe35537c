// Writes the DOCX's parts with docx: the paragraphs with their named styles, our own styles, Polish, the document's
// properties; docx's package is then opened (fflate) so that its parts can be dated, restyled and packed again.
import type { Document as Dom } from '@xmldom/xmldom';
import { Document, Packer, Paragraph as DocxParagraph, TextRun } from 'docx';
import { unzipSync } from 'fflate';
import { stripForbidden } from '../../diagnostics/characters.ts';
import { w3cdtf } from '../date.ts';
import type { Paragraph } from './blocks.ts';
import { descendants, serialize } from './dom.ts';
import type { Run } from './inline.ts';
import { ownStyles } from './own-styles.ts';
import { readXml } from './xml-read.ts';

/** The parts of a DOCX package: path -> XML text or bytes, in zip order. */
export type Parts = Record<string, string | Uint8Array>;

/** The document's properties in docProps/core.xml. */
export interface Properties {
  title: string;
  creator: string;
  subject: string;
  /** The time of docProps/core.xml's dates. */
  date: Date;
}

const DCTERMS = 'http://purl.org/dc/terms/';

// Writes the paragraphs and properties with docx and returns the package's parts, in docx's order, with the dates set
// to the properties' date. What XML 1.0 cannot hold is left out of the text first (docx would write U+FFFE as it is).
export async function docxParts(paragraphs: Paragraph[], properties: Properties): Promise<Parts> {
  const text = stripForbidden;
  const document = new Document({
    title: text(properties.title),
    subject: text(properties.subject),
    creator: text(properties.creator),
    lastModifiedBy: text(properties.creator),
    styles: ownStyles(),
    sections: [{ children: paragraphs.map((p) => new DocxParagraph({ style: text(p.style), children: p.runs.map(textRun) })) }],
  });
  const parts: Parts = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  editPart(parts, 'docProps/core.xml', (core) => dated(core, properties.date));
  return parts;
}

// Makes one run: text with its marks (never a font or a size), or a line break.
function textRun(run: Run): TextRun {
  if ('break' in run) return new TextRun({ break: 1 });
  return new TextRun({
    text: stripForbidden(run.text),
    ...(run.marks.includes('i') ? { italics: true } : {}),
    ...(run.marks.includes('b') ? { bold: true } : {}),
  });
}

// Sets the dates created and modified of docProps/core.xml, which docx sets to the time it runs.
function dated(core: Dom, date: Date): Dom {
  for (const element of [...descendants(core, 'created', DCTERMS), ...descendants(core, 'modified', DCTERMS)]) element.textContent = w3cdtf(date);
  return core;
}

// Edits one XML part of the package in a DOM, read by the parser that reads reference documents (./xml-read.ts).
export function editPart(parts: Parts, path: string, edit: (doc: Dom) => Dom): void {
  const part = parts[path];
  if (part === undefined) throw new Error(`The DOCX has no ${path} to edit.`);
  const read = readXml(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
  if (!read.ok) throw new Error(`The DOCX's ${path} cannot be read: ${read.message}`);
  parts[path] = serialize(edit(read.doc));
}
