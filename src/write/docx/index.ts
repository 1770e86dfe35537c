// The DOCX writer: the document tree as a Word file, written by docx. Reference documents are read by ./reference.ts,
// loaded apart: it reads zips (fflate) and XML (saxes, into a DOM), which a DOCX without one does not need.
export { toDocx, type DocxOptions } from './document.ts';
export type { ReferenceDoc } from './reference.ts';
