// Small, exact reads and edits of WordprocessingML text: elements by tag, attributes, escaping.
// Office XML parts name their elements with fixed prefixes (w:, dcterms:), and the elements read here never nest
// in themselves, so a lazy match from start tag to end tag finds each one; everything else is left byte for byte.
import { stripForbidden } from '../../diagnostics/characters.ts';

// Returns a pattern for every element with this tag, self-closing or not.
function elementPattern(tag: string): RegExp {
  return new RegExp(`<${tag}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g');
}

// Returns the text of every element with this tag, in document order.
export function elements(xml: string, tag: string): string[] {
  return xml.match(elementPattern(tag)) ?? [];
}

// Returns the first element with this tag, or undefined.
export function element(xml: string, tag: string): string | undefined {
  return elements(xml, tag)[0];
}

// Replaces every element with this tag by what `replace` returns for it.
export function replaceElements(xml: string, tag: string, replace: (found: string) => string): string {
  return xml.replace(elementPattern(tag), replace);
}

// Returns the unescaped value of an attribute of an element's start tag, or undefined.
export function attribute(xml: string, name: string): string | undefined {
  const start = /^<[^>]*>/.exec(xml)?.[0] ?? '';
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(start);
  return found ? unescapeXml(found[1]!) : undefined;
}

// Sets (or adds) an attribute on an element's start tag.
export function withAttribute(xml: string, name: string, value: string): string {
  const start = /^<[^>]*?(?=\/?>)/.exec(xml)![0];
  const pattern = new RegExp(`\\s${name}="[^"]*"`);
  const next = pattern.test(start) ? start.replace(pattern, ` ${name}="${escapeXml(value)}"`) : `${start} ${name}="${escapeXml(value)}"`;
  return next + xml.slice(start.length);
}

// Returns the w:val of the first child element with this tag, or undefined.
export function childValue(xml: string, tag: string): string | undefined {
  const child = element(xml, tag);
  return child === undefined ? undefined : attribute(child, 'w:val');
}

/** The five characters XML escapes, and what each is written as. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Escapes text for an XML attribute or element as docx does (./make-skeleton.ts checks it): the five characters XML
// escapes as entities; and leaves out, first, what no XML 1.0 part may hold (controls, noncharacters, lone
// surrogates: ../../diagnostics/characters.ts), whatever the data let through.
export function escapeXml(text: string): string {
  return stripForbidden(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

// Unescapes the five predefined entities and character references.
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref.toLowerCase()]!;
  });
}
