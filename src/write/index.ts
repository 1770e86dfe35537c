// The writers, by output format: each turns the one document tree into the bytes of a file.
import type { OutputFile } from './atomic.ts';
import type { DocxOptions } from './docx/index.ts';

export type { OutputFile } from './atomic.ts';
export { WriteError, writeProblem } from './write-error.ts';
export type { ReferenceDoc } from './docx/reference.ts';
export { readSourceDateEpoch, reportDate } from './date.ts';
export { ConversionStopped, ConverterError } from './converter-error.ts';
export { sourcesJson } from './sources.ts';

/** The output formats, each with its file's extension. The Markdown and the DOCX are made from the year's Markdown by
 * the writer thread (src/pipeline/year-text.ts), the HTML page from the section traced to its sources, the PDF from
 * the DOCX by LibreOffice (./pdf.ts); each writer's module (docx is large) loads when first used. */
export const FORMATS = { md: '.md', docx: '.docx', html: '.html', pdf: '.pdf' } as const;

// Writes every file, or none (./atomic.ts). The writer loads when a command writes, and with it what it checks files with
// (the zip reader for a DOCX; zlib only when a PDF is checked) and node:crypto for its temporary names: a command that only reads the
// data (validate, review, years) loads none of them.
export async function writeAtomically(files: OutputFile[]): Promise<void> {
  (await import('./atomic.ts')).writeAtomically(files);
}

// Reads a reference DOCX (--reference-doc); its reader and the unzip library it uses load only when one is given.
export async function readReferenceDoc(path: string) {
  return (await import('./docx/reference.ts')).readReferenceDoc(path);
}

export type Format = keyof typeof FORMATS;
export type { DocxOptions };
