// Setting the text of elements of an XML part where saxes finds them, every other character as it was.
import { describe, expect, it } from 'vitest';
import { withTexts } from '../../src/write/docx/xml-text.ts';

const DCTERMS = 'http://purl.org/dc/terms/';
const TEXTS = { created: '2010-12-31T12:00:00Z', modified: '2011-01-01T00:00:00Z' };

// Wraps elements in a part whose root binds d: to DCTERMS and o: to another namespace, after a declaration and a CRLF.
const part = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<r xmlns:d="${DCTERMS}" xmlns:o="urn:other">${body}</r>`;

// what the part holds, the texts to set, what it becomes
const CASES: [string, string, Record<string, string>, string][] = [
  [
    'the dates docx writes, attributes and all',
    '<d:created a="1">2026-12-07T07:00:00.058Z</d:created><d:modified a="1">2026-12-07T07:00:00.058Z</d:modified>',
    TEXTS,
    '<d:created a="1">2010-12-31T12:00:00Z</d:created><d:modified a="1">2011-01-01T00:00:00Z</d:modified>',
  ],
  ['an element with no text', '<d:created></d:created >', TEXTS, '<d:created>2010-12-31T12:00:00Z</d:created >'],
  ['a self-closed element, opened and closed', '<d:created a="1"/>', TEXTS, '<d:created a="1">2010-12-31T12:00:00Z</d:created>'],
  ['an element of another namespace with the same name, left as it was', '<o:created>k</o:created>', TEXTS, '<o:created>k</o:created>'],
  [
    'the namespace under another prefix',
    `<x:created xmlns:x="${DCTERMS}">old</x:created>`,
    TEXTS,
    `<x:created xmlns:x="${DCTERMS}">2010-12-31T12:00:00Z</x:created>`,
  ],
  [
    'what the element held, elements and CDATA included, replaced',
    '<d:created>a<d:created>b</d:created><![CDATA[<c>]]></d:created>',
    TEXTS,
    '<d:created>2010-12-31T12:00:00Z</d:created>',
  ],
  ['a text with &, < and >, escaped', '<d:created>old</d:created>', { created: 'A & <B>' }, '<d:created>A &amp; &lt;B&gt;</d:created>'],
  [
    'text before and after, and a name that is not asked for',
    'ą<d:title>Tytuł</d:title>ż<d:created>x</d:created>ź',
    { created: 'y' },
    'ą<d:title>Tytuł</d:title>ż<d:created>y</d:created>ź',
  ],
  ['no element asked for', '<d:title>Tytuł</d:title>', TEXTS, '<d:title>Tytuł</d:title>'],
];

describe('setting the text of elements of a part', () => {
  it.each(CASES)('%s', (_name, body, texts, expected) => {
    expect(withTexts(part(body), DCTERMS, texts)).toBe(part(expected));
  });

  it.each([
    ['an element left open', `<r xmlns:d="${DCTERMS}"><d:created></r>`, '1:54: unexpected close tag.'],
    ['a prefix no namespace is bound to', '<r><d:created/></r>', '1:15: unbound namespace prefix: "d".'],
    ['no root element', '', '1:0: document must contain a root element.'],
  ])('throws for a part that is not well-formed: %s', (_name, xml, message) => {
    expect(() => withTexts(xml, DCTERMS, TEXTS)).toThrow(message);
  });
});
