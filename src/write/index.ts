// The writers, by output format: each turns the one document tree into the bytes of a file.
import type { Root } from 'mdast';
import { toDocx, type DocxOptions } from './docx/index.ts';
import { toMarkdownText } from './markdown.ts';

export { writeAtomically, type OutputFile } from './atomic.ts';

/** The output formats, with their file extension and writer. */
export const WRITERS = {
  md: { extension: '.md', write: async (tree: Root, _options: DocxOptions) => toMarkdownText(tree) },
  docx: { extension: '.docx', write: (tree: Root, options: DocxOptions) => toDocx(tree, options) },
} as const;

export type Format = keyof typeof WRITERS;
export type { DocxOptions };
