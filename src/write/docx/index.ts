// The DOCX writer: the document tree as a Word file, from docx's skeleton (./skeleton.ts). Reference documents are
// read by ./reference.ts, loaded apart: it reads zips and XML (saxes), which the writer does not need.
export { toDocx, type DocxOptions } from './document.ts';
export type { ReferenceDoc } from './reference.ts';
