// Reads an XML part with a real XML parser (saxes: XML 1.0 and namespaces, non-validating) into a DOM (@xmldom/xmldom)
// of elements, attributes and text only: no DOCTYPE (refused: entities defined there could expand without end), no
// comment or processing instruction, no entity but XML's five. The DOM is then read and edited by ./dom.ts.
import { DOMImplementation, type Document, type Element } from '@xmldom/xmldom';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { message, type Message } from '../../i18n/message.ts';

/** A part read: its DOM, or why it cannot be read. */
export type XmlRead = { ok: true; doc: Document } | { ok: false; message: Message };

const DECODER = new TextDecoder('utf-8', { fatal: true });

/** How deep elements may nest in a part. */
const MAX_DEPTH = 256;

// Parses the bytes of a part; a part that is not UTF-8, not well-formed, or carries a DOCTYPE gives a message with its line and column.
export function readXml(bytes: Uint8Array): XmlRead {
  let text: string;
  try {
    text = DECODER.decode(bytes);
  } catch {
    return { ok: false, message: message('xml.not-utf8') };
  }
  const doc = new DOMImplementation().createDocument(null, '');
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: Element[] = [];
  parser.on('xmldecl', (decl) =>
    doc.appendChild(doc.createProcessingInstruction('xml', `version="1.0" encoding="UTF-8"${decl.standalone ? ` standalone="${decl.standalone}"` : ''}`)),
  );
  parser.on('doctype', () => parser.fail('it declares a DOCTYPE, which a Word part never does (entities defined there could expand without end)'));
  // saxes looks a prefix up through every enclosing element, so nesting is bounded before it can make reading quadratic
  parser.on('opentagstart', () => open.length >= MAX_DEPTH && parser.fail(`it nests elements more than ${MAX_DEPTH} deep; Word nests a few dozen at most`));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element = doc.createElementNS(tag.uri || null, tag.name);
    for (const a of Object.values(tag.attributes)) element.setAttributeNS(a.uri || null, a.name, a.value);
    (open.at(-1) ?? doc).appendChild(element);
    open.push(element);
  });
  parser.on('closetag', () => open.pop());
  parser.on('text', (text) => open.at(-1)?.appendChild(doc.createTextNode(text)));
  parser.on('cdata', (text) => open.at(-1)?.appendChild(doc.createTextNode(text)));
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (cause) {
    const [, line, column, why] = /^(\d+):(\d+): (.*)$/s.exec(String((cause as Error).message)) ?? [];
    return {
      ok: false,
      message: line
        ? message('xml.not-well-formed-at', { line, column: String(Number(column) + 1), why: why!.replace(/\.$/, '') })
        : message('xml.not-well-formed', { why: String((cause as Error).message) }),
    };
  }
  if (!doc.documentElement) return { ok: false, message: message('xml.no-element') };
  return { ok: true, doc };
}
