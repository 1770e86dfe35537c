// The DOCX as docx writes it, cut into pieces with holes (./make-skeleton.ts): every part of the package, the XML of a
// paragraph and of a run for each kind of mark. A DOCX is then these pieces with the
// section's text put in the holes, byte for byte what docx would have written, without loading docx to write it.

/** Text with named holes: text[0], the value of holes[0], text[1], … text[n]. */
export interface Template {
  text: string[];
  holes: string[];
}

/** The marks a run of text can carry, as the key of its template: "", "i", "b" or "bi". */
export type MarksKey = '' | 'i' | 'b' | 'bi';

/** Every piece a DOCX is made of. */
export interface Skeleton {
  /** The parts that do not depend on the section, as text, in docx's order, with document.xml and core.xml empty. */
  parts: Record<string, string>;
  /** word/document.xml; hole: paragraphs. */
  document: Template;
  /** docProps/core.xml; holes: title, subject, creator, date. */
  core: Template;
  /** One paragraph; holes: style (an id), runs. */
  paragraph: Template;
  /** One run of text, by its marks; hole: text. */
  runs: Record<MarksKey, Template>;
  /** A run holding a line break. */
  lineBreak: string;
  /** Each of `parts` deflated for the zip, by path, so that a DOCX deflates only what it changes. */
  deflated: Record<string, DeflatedPart>;
}

/** A part deflated: the CRC-32 and size of its UTF-8 bytes, and those bytes deflated, in base64. */
export interface DeflatedPart {
  crc: number;
  size: number;
  base64: string;
}

/** Where a hole is while the skeleton is made: a name between two characters of Unicode's private use area. */
export const HOLE = /\uE000(\w+)\uE001/g;

// Marks a hole while the skeleton is made.
export function hole(name: string): string {
  return `\uE000${name}\uE001`;
}

// Cuts text with holes into a template.
export function template(text: string): Template {
  const parts = text.split(HOLE);
  return { text: parts.filter((_, i) => i % 2 === 0), holes: parts.filter((_, i) => i % 2 === 1) };
}

// Puts the values in a template's holes; the values are XML already.
export function fill(template: Template, values: Record<string, string>): string {
  let xml = template.text[0]!;
  for (let i = 0; i < template.holes.length; i++) xml += values[template.holes[i]!]! + template.text[i + 1]!;
  return xml;
}
