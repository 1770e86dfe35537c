// Reads the analyst's own Word file (--reference-doc): its styles, its theme and its page set-up. Only the parts used
// are inflated (./read-zip.ts, fflate within limits), and each is read into a DOM by a real XML parser that refuses
// DOCTYPEs (./xml-read.ts).
import { readBounded } from '../../load/bounded-read.ts';
import { posix } from 'node:path';
import type { Document } from '@xmldom/xmldom';
import { message, MessageError, type Message } from '../../i18n/message.ts';
import { child, descendants, W, wAttributes } from './dom.ts';
import { openZip, ZipError, type Zip } from './read-zip.ts';
import { readXml } from './xml-read.ts';

/** The w: attributes of an element, in their order, as [local name, value]. */
export type WAttributes = [string, string][];

/** What the output takes from a reference document. */
export interface ReferenceDoc {
  /** The file's bytes, from which the thread that writes the DOCX files reads it again (src/pipeline/year-thread.ts). */
  bytes: Uint8Array;
  /** word/styles.xml, read; the first DOCX written with it edits it into the merged styles (./document.ts). */
  styles: Document;
  /** The theme its styles' theme fonts and colours come from, when it has one. */
  theme?: Uint8Array;
  /** The numbering its heading styles may refer to (outline numbering), when it has one. */
  numbering?: Uint8Array;
  /** The w: attributes of the w:pgSz and w:pgMar elements of its last section, when it sets them. */
  page: { size?: WAttributes; margins?: WAttributes };
}

/** A reference document, or why the file cannot be one. */
export type ReferenceResult = { ok: true; reference: ReferenceDoc } | { ok: false; message: Message };

const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** How large a reference document may be: a Word template is kilobytes, a whole report with pictures some megabytes. */
export const MAX_REFERENCE_BYTES = 64 * 1024 * 1024;

/** A part that cannot be used: the message says why. */
class PartProblem extends MessageError {}

// Reads a reference .docx from disk; a file that is missing, not a regular file, too large or not a Word document
// gives a message, not an exception (and a pipe is never opened, so it cannot hang).
export function readReferenceDoc(path: string): ReferenceResult {
  // read within the limit whatever size the file gives, and only a regular file
  const read = readBounded(path, MAX_REFERENCE_BYTES);
  if ('why' in read) {
    if (read.why === 'EISDIR') return { ok: false, message: message('reference.folder') };
    if (read.why === 'special') return { ok: false, message: message('reference.special') };
    if (read.why === 'too-large')
      return {
        ok: false,
        message: message('reference.too-large', { size: read.size === undefined ? 'more' : String(read.size), max: String(MAX_REFERENCE_BYTES) }),
      };
    return { ok: false, message: read.why === 'ENOENT' ? message('reference.missing') : message('reference.unreadable', { code: read.why }) };
  }
  const bytes: Uint8Array = read.bytes;
  return parseReferenceDoc(bytes);
}

// Takes the styles, theme and page set-up out of the bytes of a .docx.
export function parseReferenceDoc(bytes: Uint8Array): ReferenceResult {
  try {
    const zip = openZip(bytes);
    if (!zip.has('word/styles.xml')) return { ok: false, message: message('reference.no-styles', { saveAs: message('reference.save-as') }) };
    const styles = xmlPart(zip, 'word/styles.xml');
    const root = styles.documentElement!;
    if (root.localName !== 'styles' || root.namespaceURI !== W) return { ok: false, message: message('reference.not-styles') };
    const rels = zip.has('word/_rels/document.xml.rels') ? xmlPart(zip, 'word/_rels/document.xml.rels') : undefined;
    // a theme or numbering is copied as it is, once the parser has found it well-formed and without a DOCTYPE
    const related = (kind: string) => {
      const path = relatedPath(rels, kind);
      if (path === undefined) return undefined;
      if (!zip.has(path)) throw new PartProblem(message('reference.missing-part', { path, kind, saveAs: message('reference.save-as') }));
      xmlPart(zip, path);
      return zip.read(path);
    };
    return { ok: true, reference: { bytes, styles, theme: related('theme'), numbering: related('numbering'), page: pageOf(zip) } };
  } catch (cause) {
    if (cause instanceof ZipError) return { ok: false, message: message('reference.not-zip', { why: cause.said, saveAs: message('reference.save-as') }) };
    if (cause instanceof PartProblem) return { ok: false, message: cause.said };
    throw cause;
  }
}

// Inflates and parses one part; a part that is not well-formed XML is a PartProblem naming it.
function xmlPart(zip: Zip, path: string): Document {
  const read = readXml(zip.read(path)!);
  if (!read.ok) throw new PartProblem(message('reference.bad-part', { path, why: read.message, saveAs: message('reference.save-as') }));
  return read.doc;
}

// Returns the path in the package of the part of a kind (theme, numbering) that the main document refers to, as the
// target reads (the package's root is "/"); undefined when there is none.
function relatedPath(rels: Document | undefined, kind: string): string | undefined {
  const relationship = rels && descendants(rels, 'Relationship', PACKAGE_RELATIONSHIPS).find((r) => r.getAttribute('Type') === `${RELATIONSHIPS}/${kind}`);
  const target = relationship && relationship.getAttribute('TargetMode') !== 'External' ? relationship.getAttribute('Target') : undefined;
  if (!target) return undefined;
  return posix.resolve('/word', target).slice(1);
}

// Finds the page size and margins of the main document's last section: their WordprocessingML attributes only, so
// that they carry no prefix the output does not declare.
function pageOf(zip: Zip): ReferenceDoc['page'] {
  if (!zip.has('word/document.xml')) return {};
  const section = descendants(xmlPart(zip, 'word/document.xml'), 'sectPr').at(-1);
  if (!section) return {};
  const size = child(section, 'pgSz');
  const margins = child(section, 'pgMar');
  return { size: size && wAttributes(size), margins: margins && wAttributes(margins) };
}
