// Reads the analyst's own Word file (--reference-doc): its styles, its theme and its page set-up. Only the parts used
// are inflated (./unzip.ts, within limits), and each is read with a real XML parser that refuses DOCTYPEs (./xml-read.ts).
import { readFileSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { openZip, ZipError, type Zip } from './unzip.ts';
import { attribute, element, elements } from './xml.ts';
import { readXml } from './xml-read.ts';
import { t } from '../../i18n/translate.ts';

/** What the output takes from a reference document. */
export interface ReferenceDoc {
  /** word/styles.xml, in the plain form ./xml-read.ts writes. */
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
const WORDPROCESSING = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** How large a reference document may be: a Word template is kilobytes, a whole report with pictures some megabytes. */
export const MAX_REFERENCE_BYTES = 64 * 1024 * 1024;

/** A part that cannot be used: the message says why. */
class PartProblem extends Error {}

// Reads a reference .docx from disk; a file that is missing, not a regular file, too large or not a Word document
// gives a message, not an exception (and a pipe is never opened, so it cannot hang).
export function readReferenceDoc(path: string): ReferenceResult {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, message: t('reference.folder') };
    if (!stat.isFile()) return { ok: false, message: t('reference.special') };
    if (stat.size > MAX_REFERENCE_BYTES) return { ok: false, message: t('reference.too-large', { size: String(stat.size), max: String(MAX_REFERENCE_BYTES) }) };
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? t('reference.missing') : t('reference.unreadable', { code: code ?? String(cause) }) };
  }
  return parseReferenceDoc(bytes);
}

// Takes the styles, theme and page set-up out of the bytes of a .docx.
export function parseReferenceDoc(bytes: Uint8Array): ReferenceResult {
  try {
    const zip = openZip(bytes);
    if (!zip.has('word/styles.xml')) return { ok: false, message: t('reference.no-styles', { saveAs: t('reference.save-as') }) };
    const styles = xmlPart(zip, 'word/styles.xml');
    if (styles.root.name !== 'w:styles' || styles.root.uri !== WORDPROCESSING) return { ok: false, message: t('reference.not-styles') };
    const rels = zip.has('word/_rels/document.xml.rels') ? xmlPart(zip, 'word/_rels/document.xml.rels').xml : '';
    // a theme or numbering is copied as it is, once the parser has found it well-formed and without a DOCTYPE
    const related = (kind: string) => {
      const path = relatedPath(rels, kind);
      if (path === undefined) return undefined;
      if (!zip.has(path)) throw new PartProblem(t('reference.missing-part', { path, kind, saveAs: t('reference.save-as') }));
      xmlPart(zip, path);
      return zip.read(path);
    };
    return { ok: true, reference: { styles: styles.xml, theme: related('theme'), numbering: related('numbering'), page: pageOf(zip) } };
  } catch (cause) {
    if (cause instanceof ZipError) return { ok: false, message: t('reference.not-zip', { why: cause.message, saveAs: t('reference.save-as') }) };
    if (cause instanceof PartProblem) return { ok: false, message: cause.message };
    throw cause;
  }
}

// Inflates and parses one part; a part that is not well-formed XML is a PartProblem naming it.
function xmlPart(zip: Zip, path: string): { xml: string; root: { name: string; uri: string } } {
  const read = readXml(zip.read(path)!);
  if (!read.ok) throw new PartProblem(t('reference.bad-part', { path, why: read.message, saveAs: t('reference.save-as') }));
  return read;
}

// Returns the path in the package of the part of a kind (theme, numbering) that the main document refers to, as the
// target reads (the package's root is "/"); undefined when there is none.
function relatedPath(rels: string, kind: string): string | undefined {
  const relationship = elements(rels, 'Relationship').find((r) => attribute(r, 'Type') === `${RELATIONSHIPS}/${kind}`);
  const target = relationship && attribute(relationship, 'TargetMode') !== 'External' ? attribute(relationship, 'Target') : undefined;
  if (!target) return undefined;
  return posix.resolve('/word', target).slice(1);
}

// Finds the page size and margins of the main document's last section, written with their WordprocessingML attributes only.
function pageOf(zip: Zip): ReferenceDoc['page'] {
  if (!zip.has('word/document.xml')) return {};
  const section = elements(xmlPart(zip, 'word/document.xml').xml, 'w:sectPr').at(-1);
  if (!section) return {};
  return { size: plainElement(element(section, 'w:pgSz')), margins: plainElement(element(section, 'w:pgMar')) };
}

// Writes an empty element again with its w: attributes only, so that it holds no prefix the output does not declare.
function plainElement(found: string | undefined): string | undefined {
  if (found === undefined) return undefined;
  const [, name, attributes] = /^<([\w:.-]+)([^>]*?)\/?>/.exec(found)!;
  const kept = [...attributes!.matchAll(/\s(w:[\w.-]+)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).join('');
  return `<${name}${kept}/>`;
}
