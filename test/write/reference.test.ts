// --reference-doc: the DOCX takes the analyst's styles and page set-up; a file that is not a DOCX is a located error.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DATA, ROOT, tempDir } from '../support/data.ts';
import { part, run } from './docx-parts.ts';

const REFERENCE = join(ROOT, 'test', 'fixtures', 'reference-doc', 'reference.docx');

// Returns a style's whole w:style element from a styles.xml.
function style(styles: string, id: string): string | undefined {
  return new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0];
}

describe('build --reference-doc (a LibreOffice-made template: DejaVu fonts, coloured headings, 3 cm left margin)', async () => {
  const cwd = tempDir();
  const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'docx', '--heading-level', '2', '--reference-doc', REFERENCE, '-q'], cwd);
  const docx = readFileSync(join(cwd, 'out', 'wspolpraca-miedzynarodowa-2010.docx'));
  const document = part(docx, 'word/document.xml');
  const styles = part(docx, 'word/styles.xml');
  const referenceStyles = part(readFileSync(REFERENCE), 'word/styles.xml');

  it('succeeds quietly', () => {
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('keeps the reference\'s Heading 2 as it defines it: DejaVu Sans, bold, 14 pt, colour 00703C', () => {
    expect(style(styles, 'Heading2')).toBe(style(referenceStyles, 'Heading2'));
    expect(style(styles, 'Heading2')).toContain('<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:b/><w:color w:val="00703C"/><w:sz w:val="28"/>');
  });

  it('uses the reference\'s own id for Body Text ("TextBody") and --heading-level 2 for the heading', () => {
    const used = [...document.matchAll(/<w:pStyle w:val="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(used).toEqual(['Heading2', ...Array(6).fill('TextBody')]);
  });

  it('takes the page size and margins of the reference\'s last section', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1701" w:right="850" w:gutter="0" w:header="0" w:top="1134" w:footer="0" w:bottom="1134"/>');
  });

  it('takes the reference\'s numbering, which its heading styles refer to', () => {
    expect(part(docx, 'word/numbering.xml')).toBe(part(readFileSync(REFERENCE), 'word/numbering.xml'));
  });

  it('adds our Heading 3 to 6, which the reference lacks, based on its Normal and followed by its Body Text', () => {
    expect(style(styles, 'Heading3')).toBe('<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="120" w:before="240"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>');
    expect(['Heading4', 'Heading5', 'Heading6'].map((id) => style(styles, id) !== undefined)).toEqual([true, true, true]);
    expect(style(styles, 'BodyText')).toBeUndefined();
  });

  it('turns the reference\'s English into Polish, keeping its other language attributes', () => {
    expect([...styles.matchAll(/<w:lang [^>]*\/>/g)].map((m) => m[0])).toEqual(Array(2).fill('<w:lang w:val="pl-PL" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'));
  });
});

describe('build --reference-doc with a file that is not a DOCX', () => {
  it.each([
    ['a text file', 'notes.docx', 'Notatki, nie szablon.\n', 'The reference document is not a DOCX file: it is not a zip archive. Save it from Word or LibreOffice as .docx.'],
    ['a zip without word/styles.xml', 'archive.docx', zipSync({ 'hello.txt': strToU8('hello') }), 'The reference document is not a DOCX file: it has no word/styles.xml. Save it from Word or LibreOffice as .docx.'],
    ['a zip whose styles part is not Word styles', 'odd.docx', zipSync({ 'word/styles.xml': strToU8('<styles/>') }), "The reference document's word/styles.xml holds no <w:styles> element; it is not a Word styles part."],
    ['a missing file', 'missing.docx', undefined, 'The reference document does not exist.'],
  ])('reports %s at the file, exits 2 and writes nothing', async (_, name, content, message) => {
    const cwd = tempDir();
    if (content !== undefined) writeFileSync(join(cwd, name), content);
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--reference-doc', name, '--report-format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual([{ severity: 'error', code: 'reference-doc', message, file: name, line: 1, column: 1 }]);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });
});
