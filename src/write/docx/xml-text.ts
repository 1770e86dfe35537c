// Sets the text of elements of an XML part that docx wrote, where a real XML parser (saxes) finds them, and leaves every
// other character of the part as docx wrote it. No DOM is made: that is for a reference document's restyling
// (./restyle.ts), which a DOCX without one never loads.
import { SaxesParser } from 'saxes';

/** Where an element's text goes: the characters from `start` to `end` are replaced by it. */
interface Place {
  start: number;
  end: number;
  local: string;
  /** The element's name as written, when it was self-closed (`<dcterms:created/>`) and must be opened and closed. */
  selfClosed?: string;
}

// Returns the part with the text of each element of the namespace whose local name `texts` holds set to its value, as
// textContent would set it (what the element held is replaced); throws, with the parser's message, when the part is
// not well-formed XML.
export function withTexts(xml: string, namespace: string, texts: Record<string, string>): string {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const places: Place[] = [];
  const open: (Place | undefined)[] = [];
  parser.on('opentag', (tag) => {
    const wanted = tag.uri === namespace && Object.hasOwn(texts, tag.local);
    const inside = open.some(Boolean);
    if (tag.isSelfClosing) {
      // "/>" ends the tag: it becomes ">", the text, and the closing tag
      if (wanted && !inside) places.push({ start: parser.position - 2, end: parser.position, local: tag.local, selfClosed: tag.name });
    } else open.push(wanted && !inside ? { start: parser.position, end: parser.position, local: tag.local } : undefined);
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const place = open.pop();
    // the closing tag starts at the last "<" before its end: no "<" stands unescaped in text or in a value
    if (place) places.push({ ...place, end: xml.lastIndexOf('<', parser.position - 1) });
  });
  parser.write(xml).close();
  let edited = '';
  let at = 0;
  for (const place of places.sort((a, b) => a.start - b.start)) {
    const text = escapeText(texts[place.local]!);
    edited += xml.slice(at, place.start) + (place.selfClosed ? `>${text}</${place.selfClosed}>` : text);
    at = place.end;
  }
  return edited + xml.slice(at);
}

// Escapes text for an element's content: &, < and > as entities.
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
