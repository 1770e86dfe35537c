// The 2010 DOCX as XML parts: golden document.xml, styles.xml and core.xml, and the rules the annual report needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, ROOT, tempDir } from '../support/data.ts';
import { expectGolden } from '../support/golden.ts';
import { part, pretty, run } from './docx-parts.ts';

const GOLDEN = join(ROOT, 'test', 'golden', 'docx');

// Builds the 2010 DOCX with the bundle, at a heading level, and returns its bytes.
async function docx2010(headingLevel = 1): Promise<Uint8Array> {
  const outDir = tempDir();
  const built = await run(['build', '2010', '--data', DATA, '--out', outDir, '--format', 'docx', '--heading-level', String(headingLevel), '--quiet'], ROOT);
  expect(built).toEqual({ code: 0, stdout: '', stderr: '' });
  return readFileSync(join(outDir, 'wspolpraca-miedzynarodowa-2010.docx'));
}

// Lists the paragraphs of word/document.xml.
function paragraphs(document: string): string[] {
  return document.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
}

describe('the 2010 DOCX', async () => {
  const docx = await docx2010();
  const document = part(docx, 'word/document.xml');
  const styles = part(docx, 'word/styles.xml');

  it.each(['word/document.xml', 'word/styles.xml', 'docProps/core.xml'])('has the golden %s', (path) => {
    expectGolden(pretty(part(docx, path)), join(GOLDEN, path.split('/').at(-1)!));
  });

  it('styles every paragraph by name: Heading1 first, then BodyText, with no other paragraph properties', () => {
    const properties = paragraphs(document).map((p) => /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1]);
    expect(properties).toEqual(['<w:pStyle w:val="Heading1"/>', ...Array(6).fill('<w:pStyle w:val="BodyText"/>')]);
  });

  it('sets no font, size or other formatting on any run, and has one run of text per paragraph', () => {
    expect(document).not.toMatch(/<w:rPr>|<w:rFonts|<w:sz /);
    expect(paragraphs(document).map((p) => p.match(/<w:r>/g)?.length)).toEqual(Array(7).fill(1));
  });

  it('has no empty paragraph', () => {
    expect(paragraphs(document).filter((p) => !/<w:t[ >][^<]/.test(p))).toEqual([]);
  });

  it('declares Polish in the style defaults and a justified Body Text style based on Normal', () => {
    expect(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0]).toContain('<w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/>');
    expect(/<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?<\/w:style>/.exec(styles)?.[0]).toBe(
      '<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:spacing w:after="120" w:line="276"/><w:jc w:val="both"/></w:pPr></w:style>',
    );
  });

  it('carries the title, the Office as creator, a subject and the year-end date', () => {
    const core = part(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Współpraca międzynarodowa – 2010</dc:title>');
    expect(core).toContain('<dc:subject>Sprawozdanie roczne 2010: współpraca międzynarodowa</dc:subject>');
    expect(core).toContain('<dc:creator>Urząd do Spraw Cudzoziemców</dc:creator>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2010-12-31T12:00:00Z</dcterms:created>');
  });
});

describe('--heading-level', () => {
  it.each([
    [1, 'Heading1'],
    [2, 'Heading2'],
    [6, 'Heading6'],
  ])('puts the section heading at level %i: %s', async (level, style) => {
    const document = part(await docx2010(level), 'word/document.xml');
    expect(paragraphs(document)[0]).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(paragraphs(document)[0]).toContain('>Współpraca międzynarodowa</w:t>');
  });
});
