// Merging a reference's styles.xml with ours: found by name across localised ids, missing ones added, always Polish.
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import type { Document } from '@xmldom/xmldom';
import { serialize } from '../../src/write/docx/dom.ts';
import { inPolish } from '../../src/write/docx/language.ts';
import { mergeStyles, resolveStyles } from '../../src/write/docx/merge-styles.ts';
import { readXml } from '../../src/write/docx/xml-read.ts';

const OPEN = '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';
const LANG = '<w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/>';

// Writes a paragraph style as Word does.
function paragraphStyle(id: string, name: string, inner = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;
}

// Reads a styles.xml into a DOM.
function dom(xml: string): Document {
  const read = readXml(new TextEncoder().encode(xml));
  if (!read.ok) throw new MessageError(read.message);
  return read.doc;
}

// Makes a styles.xml Polish and returns its text.
function polish(xml: string): string {
  const doc = dom(xml);
  inPolish(doc);
  return serialize(doc);
}

/** Our own styles.xml, reduced to what the cases need. */
const OWN = `${OPEN}${paragraphStyle('Normal', 'Normal')}${paragraphStyle('Heading1', 'Heading 1', '<w:basedOn w:val="Normal"/><w:next w:val="BodyText"/>')}${paragraphStyle('BodyText', 'Body Text', '<w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:pPr><w:jc w:val="both"/></w:pPr>')}</w:styles>`;

/** A Polish Word template: localised ids, English names, no Body Text. */
const POLISH_WORD = `${OPEN}<w:docDefaults><w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault></w:docDefaults>${paragraphStyle('Normalny', 'Normal')}${paragraphStyle('Nagwek1', 'heading 1', '<w:basedOn w:val="Normalny"/>')}${paragraphStyle('Nagwek2', 'heading 2', '<w:basedOn w:val="Normalny"/>')}<w:style w:type="character" w:styleId="BodyText"><w:name w:val="Body Text Char"/></w:style></w:styles>`;

describe('resolveStyles', () => {
  it("finds Word's styles by name whatever their ids, and lists those it lacks", () => {
    const { ids, missing } = resolveStyles(dom(POLISH_WORD));
    expect(ids).toEqual({
      Normal: 'Normalny',
      Heading1: 'Nagwek1',
      Heading2: 'Nagwek2',
      Heading3: 'Heading3',
      Heading4: 'Heading4',
      Heading5: 'Heading5',
      Heading6: 'Heading6',
      BodyText: 'BodyText1',
    });
    expect(missing.map((role) => role.id)).toEqual(['Heading3', 'Heading4', 'Heading5', 'Heading6', 'BodyText']);
  });

  it.each([
    ['the name, any case and spacing', paragraphStyle('Tekstpodstawowy', 'body  TEXT'), 'Tekstpodstawowy'],
    ['the id, when no style has the name', paragraphStyle('BodyText', 'Tekst główny'), 'BodyText'],
    [
      'nothing, and takes a free id: a character style holds BodyText',
      '<w:style w:type="character" w:styleId="BodyText"><w:name w:val="Body Text"/></w:style>',
      'BodyText1',
    ],
  ])('finds Body Text by %s', (_, styles, id) => {
    expect(resolveStyles(dom(`${OPEN}${styles}</w:styles>`)).ids.BodyText).toBe(id);
  });
});

describe('mergeStyles', () => {
  it("keeps the reference's definitions and appends ours for what it lacks, under free ids, pointing at the reference's", () => {
    const reference = dom(POLISH_WORD);
    const merged = mergeStyles(reference, dom(OWN), resolveStyles(reference));
    expect(serialize(merged)).toBe(
      POLISH_WORD.replace(
        '</w:styles>',
        `${paragraphStyle('BodyText1', 'Body Text', '<w:basedOn w:val="Normalny"/><w:next w:val="BodyText1"/><w:pPr><w:jc w:val="both"/></w:pPr>')}</w:styles>`,
      ),
    );
  });

  it('adds nothing when the reference has every style', () => {
    const complete = OWN.replace(OPEN, `${OPEN}<w:docDefaults><w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault></w:docDefaults>`);
    const resolved = { ...resolveStyles(dom(complete)), missing: [] };
    expect(serialize(mergeStyles(dom(complete), dom(OWN), resolved))).toBe(complete);
  });
});

describe('inPolish', () => {
  it.each([
    [
      'relabels every w:lang, keeping its other attributes',
      '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults><w:style><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:style>',
      '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="pl-PL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault></w:docDefaults><w:style><w:rPr><w:lang w:val="pl-PL"/></w:rPr></w:style>',
    ],
    [
      'adds w:docDefaults first when there is none',
      '<w:style/>',
      `<w:docDefaults><w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault></w:docDefaults><w:style/>`,
    ],
    ['fills a self-closing w:docDefaults', '<w:docDefaults/>', `<w:docDefaults><w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault></w:docDefaults>`],
    [
      'adds w:rPrDefault before w:pPrDefault',
      '<w:docDefaults><w:pPrDefault/></w:docDefaults>',
      `<w:docDefaults><w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`,
    ],
    [
      'fills an empty w:rPrDefault',
      '<w:docDefaults><w:rPrDefault/></w:docDefaults>',
      `<w:docDefaults><w:rPrDefault><w:rPr>${LANG}</w:rPr></w:rPrDefault></w:docDefaults>`,
    ],
    [
      'appends w:lang to the run defaults',
      '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>',
      `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/>${LANG}</w:rPr></w:rPrDefault></w:docDefaults>`,
    ],
    [
      'puts w:lang before w:eastAsianLayout, as the schema orders them',
      '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>',
      `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/>${LANG}<w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>`,
    ],
  ])('%s', (_, inner, expected) => {
    expect(polish(`${OPEN}${inner}</w:styles>`)).toBe(`${OPEN}${expected}</w:styles>`);
  });
});
