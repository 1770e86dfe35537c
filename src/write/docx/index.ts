// The DOCX writer: the document tree as a Word file, and the reference documents it can take its look from.
export { toDocx, type DocxOptions } from './document.ts';
export { readReferenceDoc, parseReferenceDoc, type ReferenceDoc, type ReferenceResult } from './reference.ts';
