// Reads an XML part of a reference document with a real XML parser (saxes: XML 1.0 and namespaces, non-validating) and
// writes it back in a plain form: elements, attributes and text only, every value escaped, no DOCTYPE, comment or
// processing instruction, the root with an end tag. The small reads and edits of ./xml.ts then see nothing but real tags, whatever the file held.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { t } from '../../i18n/translate.ts';

/** A part read: its plain form, and the name and namespace of its root element. */
export type XmlRead = { ok: true; xml: string; root: { name: string; uri: string } } | { ok: false; message: string };

const DECODER = new TextDecoder('utf-8', { fatal: true });

/** How deep elements may nest in a part. */
const MAX_DEPTH = 256;

// Parses the bytes of a part; a part that is not UTF-8, not well-formed, or carries a DOCTYPE gives a message with its line and column.
export function readXml(bytes: Uint8Array): XmlRead {
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return { ok: false, message: t('xml.not-utf8') };
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const out: string[] = [];
  let root: { name: string; uri: string } | undefined;
  let depth = 0;
  parser.on('xmldecl', (decl) => out.push(`<?xml version="1.0" encoding="UTF-8"${decl.standalone ? ` standalone="${decl.standalone}"` : ''}?>`));
  parser.on('doctype', () => parser.fail('it declares a DOCTYPE, which a Word part never does (entities defined there could expand without end)'));
  // saxes looks a prefix up through every enclosing element, so nesting is bounded before it can make reading quadratic
  parser.on('opentagstart', () => depth >= MAX_DEPTH && parser.fail(`it nests elements more than ${MAX_DEPTH} deep; Word nests a few dozen at most`));
  parser.on('opentag', (tag: SaxesTagNS) => {
    root ??= { name: tag.name, uri: tag.uri };
    depth++;
    const attributes = Object.values(tag.attributes)
      .map((a) => ` ${a.name}="${escapeValue(a.value)}"`)
      .join('');
    // the root always gets an end tag, so that what is added before it lands inside (an empty <w:styles/>)
    out.push(`<${tag.name}${attributes}${tag.isSelfClosing && depth > 1 ? '/>' : '>'}`);
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    depth--;
    if (!tag.isSelfClosing || depth === 0) out.push(`</${tag.name}>`);
  });
  parser.on('text', (t) => depth > 0 && out.push(escapeText(t)));
  parser.on('cdata', (t) => out.push(escapeText(t)));
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (cause) {
    const [, line, column, why] = /^(\d+):(\d+): (.*)$/s.exec(String((cause as Error).message)) ?? [];
    return {
      ok: false,
      message: line
        ? t('xml.not-well-formed-at', { line, column: String(Number(column) + 1), why: why!.replace(/\.$/, '') })
        : t('xml.not-well-formed', { why: String((cause as Error).message) }),
    };
  }
  if (!root) return { ok: false, message: t('xml.no-element') };
  return { ok: true, xml: out.join(''), root };
}

// Escapes text between tags.
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Escapes an attribute value in double quotes; tabs and line ends as references, so that they stay what the parser read.
function escapeValue(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
