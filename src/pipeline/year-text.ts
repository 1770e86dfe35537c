// What the writer thread makes of a year (./year-thread.ts): from the Markdown its templates wrote, the section's tree
// with Polish typography, then the Markdown file's text and the DOCX file's bytes. Nothing here reads the data or the
// templates: the Markdown and the DOCX's properties are all it needs.
import { sectionTree } from '../render/markdown-tree.ts';
import type { DocxOptions, ReferenceDoc } from '../write/index.ts';

/** A year for the thread: its Markdown, what its DOCX is to say of itself, and which files to make. */
export interface YearJob {
  markdown: string;
  docx: Omit<DocxOptions, 'reference'>;
  /** Make the Markdown file's text, the DOCX file's bytes (for the DOCX and for the PDF made from it), or both. */
  makes: { md: boolean; docx: boolean };
}

/** What the thread made of a year. */
export interface YearText {
  md?: string;
  docx?: Uint8Array;
}

// Makes a year's Markdown text and DOCX bytes, as asked; the same job gives the same text and bytes.
export async function makeYearText(job: YearJob, reference?: ReferenceDoc): Promise<YearText> {
  const tree = sectionTree(job.markdown);
  const made: YearText = {};
  if (job.makes.md) made.md = (await import('../write/markdown.ts')).toMarkdownText(tree);
  if (job.makes.docx) made.docx = await (await import('../write/docx/index.ts')).toDocx(tree, { ...job.docx, reference });
  return made;
}
