// Reads the analyst's own Word file (--reference-doc): its styles, its theme and its page set-up.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { attribute, element, elements } from './xml.ts';

/** What the output takes from a reference document. */
export interface ReferenceDoc {
  /** word/styles.xml as it stands. */
  styles: string;
  /** The theme its styles' theme fonts and colours come from, when it has one. */
  theme?: Uint8Array;
  /** The numbering its heading styles may refer to (outline numbering), when it has one. */
  numbering?: Uint8Array;
  /** The w:pgSz and w:pgMar elements of its last section, when it sets them. */
  page: { size?: string; margins?: string };
}

/** A reference document, or why the file cannot be one. */
export type ReferenceResult = { ok: true; reference: ReferenceDoc } | { ok: false; message: string };

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Reads a reference .docx from disk; a file that is missing or not a Word document gives a message, not an exception.
export function readReferenceDoc(path: string): ReferenceResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'The reference document does not exist.' : `The reference document cannot be read (${code ?? String(cause)}).` };
  }
  return parseReferenceDoc(bytes);
}

// Takes the styles, theme and page set-up out of the bytes of a .docx.
export function parseReferenceDoc(bytes: Uint8Array): ReferenceResult {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(new Uint8Array(bytes));
  } catch {
    return { ok: false, message: 'The reference document is not a DOCX file: it is not a zip archive. Save it from Word or LibreOffice as .docx.' };
  }
  const stylesBytes = parts['word/styles.xml'];
  if (!stylesBytes) return { ok: false, message: 'The reference document is not a DOCX file: it has no word/styles.xml. Save it from Word or LibreOffice as .docx.' };
  const styles = strFromU8(stylesBytes);
  if (!/<w:styles[\s>]/.test(styles)) return { ok: false, message: 'The reference document\'s word/styles.xml holds no <w:styles> element; it is not a Word styles part.' };
  return { ok: true, reference: { styles, theme: partOf(parts, 'theme'), numbering: partOf(parts, 'numbering'), page: pageOf(parts) } };
}

// Finds the part of a kind (theme, numbering) that the main document refers to.
function partOf(parts: Record<string, Uint8Array>, kind: string): Uint8Array | undefined {
  const rels = parts['word/_rels/document.xml.rels'];
  const relationship = rels && elements(strFromU8(rels), 'Relationship').find((r) => attribute(r, 'Type') === `${RELATIONSHIPS}/${kind}`);
  const target = relationship && attribute(relationship, 'Target');
  return target ? parts[target.startsWith('/') ? target.slice(1) : `word/${target}`] : undefined;
}

// Finds the page size and margins of the main document's last section.
function pageOf(parts: Record<string, Uint8Array>): ReferenceDoc['page'] {
  const document = parts['word/document.xml'];
  const section = document && elements(strFromU8(document), 'w:sectPr').at(-1);
  if (!section) return {};
  return { size: element(section, 'w:pgSz'), margins: element(section, 'w:pgMar') };
}
