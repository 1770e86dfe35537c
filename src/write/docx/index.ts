// Writes the document tree as a DOCX file.
import type { Root } from 'mdast';
import { Document, Packer } from 'docx';
import { toParagraphs } from './blocks.ts';
import { styles } from './styles.ts';

/** What the DOCX needs beyond the tree. */
export interface DocxOptions {
  title: string;
  creator: string;
  subject: string;
  headingLevel: number;
}

// Builds the DOCX bytes for the tree.
export async function toDocx(tree: Root, options: DocxOptions): Promise<Uint8Array> {
  const document = new Document({
    title: options.title,
    creator: options.creator,
    subject: options.subject,
    styles: styles(),
    sections: [{ children: toParagraphs(tree, options.headingLevel) }],
  });
  return Packer.toBuffer(document);
}
