// The writers, by output format: each turns the one document tree into the bytes of a file.
import type { Root } from 'mdast';
import { toDocx, type DocxOptions } from './docx/index.ts';
import { toMarkdownText } from './markdown.ts';
import { docxToPdf, type Env } from './pdf.ts';

export { writeAtomically, type OutputFile } from './atomic.ts';
export { readReferenceDoc, type ReferenceDoc } from './docx/index.ts';
export { readSourceDateEpoch, reportDate } from './date.ts';
export { ConverterError } from './pdf.ts';

/** What the writers need beyond the tree: the DOCX's properties and look, and where LibreOffice runs for PDF. */
export interface WriterOptions extends DocxOptions {
  env: Env;
}

/** The output formats, with their file extension and writer. */
export const WRITERS = {
  md: { extension: '.md', write: async (tree: Root, _options: WriterOptions) => toMarkdownText(tree) },
  docx: { extension: '.docx', write: (tree: Root, options: WriterOptions) => toDocx(tree, options) },
  pdf: { extension: '.pdf', write: async (tree: Root, options: WriterOptions) => docxToPdf(await toDocx(tree, options), options.env) },
} as const;

export type Format = keyof typeof WRITERS;
export type { DocxOptions };
