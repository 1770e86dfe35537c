// Writes the DOCX's parts with docx itself: how the skeleton (./make-skeleton.ts) is made, and how a DOCX is written
// when no skeleton could be made (docx wrote a shape ./make-skeleton.ts does not know). Loaded only then.
import { Document, Packer, Paragraph as DocxParagraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { stripForbidden } from '../../diagnostics/characters.ts';
import { w3cdtf } from '../date.ts';
import type { Paragraph } from './blocks.ts';
import type { Properties } from './document.ts';
import { ownStyles } from './own-styles.ts';

/** What docx is given: the properties as text (a hole's name, when the skeleton is made), and an optional date. */
export type DocxProperties = Omit<Properties, 'date'> & { date?: Date };

// Writes the paragraphs (a style, or none for docx's default) and properties with docx; returns the package's parts
// as text, in docx's order, with the dates set to the properties' date when it has one. What XML 1.0 cannot hold is
// left out of the text first, as the skeleton's escaping leaves it out (docx would write U+FFFE as it is).
export async function docxParts(paragraphs: (Omit<Paragraph, 'style'> & { style?: string })[], properties: DocxProperties): Promise<Record<string, string>> {
  const text = stripForbidden;
  const document = new Document({
    title: text(properties.title),
    subject: text(properties.subject),
    creator: text(properties.creator),
    lastModifiedBy: text(properties.creator),
    styles: ownStyles(),
    sections: [
      {
        children: paragraphs.map(
          (p) =>
            new DocxParagraph({
              ...(p.style === undefined ? {} : { style: text(p.style) }),
              children: p.runs.map((r) =>
                'break' in r
                  ? new TextRun({ break: 1 })
                  : new TextRun({ text: text(r.text), ...(r.marks.includes('i') ? { italics: true } : {}), ...(r.marks.includes('b') ? { bold: true } : {}) }),
              ),
            }),
        ),
      },
    ],
  });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(document)));
  const date = properties.date;
  return Object.fromEntries(
    Object.entries(files).map(([path, bytes]) => {
      const text = strFromU8(bytes);
      return [
        path,
        path === 'docProps/core.xml' && date
          ? text.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(?=<\/dcterms:\2>)/g, (_, start: string) => start + w3cdtf(date))
          : text,
      ];
    }),
  );
}
