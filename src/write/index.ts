// The writers, by output format: each turns the one document tree into the bytes of a file.
import type { Root } from 'mdast';
import type { OutputFile } from './atomic.ts';
import type { DocxOptions } from './docx/index.ts';
import type { PageOptions } from './html/page.ts';
import type { PdfOptions } from './pdf.ts';

export type { OutputFile } from './atomic.ts';
export { WriteError, writeProblem } from './write-error.ts';
export type { ReferenceDoc } from './docx/reference.ts';
export { readSourceDateEpoch, reportDate } from './date.ts';
export { ConversionStopped, ConverterError } from './converter-error.ts';
export { sourcesJson } from './sources.ts';

/** What the writers need beyond the tree: the DOCX's properties and look, where LibreOffice is and runs for PDF, and
 * the words of the run for the HTML page's own. */
export interface WriterOptions extends DocxOptions, Pick<PdfOptions, 'env' | 'cwd' | 'soffice'>, Pick<PageOptions, 'messages'> {}

/** The output formats, with their file extension and writer; a writer's module (docx is large) loads when first used. */
export const WRITERS = {
  md: { extension: '.md', write: async (tree: Root, _options: WriterOptions) => (await import('./markdown.ts')).toMarkdownText(tree) },
  docx: { extension: '.docx', write: async (tree: Root, options: WriterOptions) => (await import('./docx/index.ts')).toDocx(tree, options) },
  html: { extension: '.html', write: async (tree: Root, options: WriterOptions) => (await import('./html/index.ts')).toHtmlPage(tree, options) },
  pdf: {
    extension: '.pdf',
    write: async (tree: Root, options: WriterOptions) =>
      (await import('./pdf.ts')).docxToPdf(await (await import('./docx/index.ts')).toDocx(tree, options), options),
  },
} as const;

// Writes every file, or none (./atomic.ts). The writer loads when a command writes, and with it what it checks files with
// (the zip reader for a DOCX, zlib for a PDF) and node:crypto for its temporary names: a command that only reads the
// data (validate, review, years) loads none of them.
export async function writeAtomically(files: OutputFile[]): Promise<void> {
  (await import('./atomic.ts')).writeAtomically(files);
}

// Reads a reference DOCX (--reference-doc); its reader and the unzip library it uses load only when one is given.
export async function readReferenceDoc(path: string) {
  return (await import('./docx/reference.ts')).readReferenceDoc(path);
}

export type Format = keyof typeof WRITERS;
export type { DocxOptions };
