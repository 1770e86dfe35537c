// --reference-doc: the DOCX takes the analyst's styles and page set-up; a file that is not a DOCX is a located error.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';
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
  const result = await run(
    ['build', '2010', '--data', DATA, '--out', 'out', '--format', 'docx', '--heading-level', '2', '--reference-doc', REFERENCE, '-q'],
    cwd,
  );
  const docx = readFileSync(join(cwd, 'out', 'wspolpraca-miedzynarodowa-2010.docx'));
  const document = part(docx, 'word/document.xml');
  const styles = part(docx, 'word/styles.xml');
  const referenceStyles = part(readFileSync(REFERENCE), 'word/styles.xml');

  it('succeeds quietly', () => {
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it("keeps the reference's Heading 2 as it defines it: DejaVu Sans, bold, 14 pt, colour 00703C", () => {
    expect(style(styles, 'Heading2')).toBe(style(referenceStyles, 'Heading2'));
    expect(style(styles, 'Heading2')).toContain('<w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans"/><w:b/><w:color w:val="00703C"/><w:sz w:val="28"/>');
  });

  it('uses the reference\'s own id for Body Text ("TextBody") and --heading-level 2 for the heading', () => {
    const used = [...document.matchAll(/<w:pStyle w:val="([^"]*)"\/>/g)].map((m) => m[1]);
    expect(used).toEqual(['Heading2', ...Array(6).fill('TextBody')]);
  });

  it("takes the page size and margins of the reference's last section", () => {
    expect(document).toContain(
      '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1701" w:right="850" w:gutter="0" w:header="0" w:top="1134" w:footer="0" w:bottom="1134"/>',
    );
  });

  it("takes the reference's numbering, which its heading styles refer to, byte for byte", () => {
    expect(part(docx, 'word/numbering.xml')).toBe(part(readFileSync(REFERENCE), 'word/numbering.xml'));
  });

  it('adds our Heading 3 to 6, which the reference lacks, based on its Normal and followed by its Body Text', () => {
    expect(style(styles, 'Heading3')).toBe(
      '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="120" w:before="240"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>',
    );
    expect(['Heading4', 'Heading5', 'Heading6'].map((id) => style(styles, id) !== undefined)).toEqual([true, true, true]);
    expect(style(styles, 'BodyText')).toBeUndefined();
  });

  it("turns the reference's English into Polish, keeping its other language attributes", () => {
    expect([...styles.matchAll(/<w:lang [^>]*\/>/g)].map((m) => m[0])).toEqual(Array(2).fill('<w:lang w:val="pl-PL" w:eastAsia="zh-CN" w:bidi="hi-IN"/>'));
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
const RELS = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="${target}"/></Relationships>`;
const SAVE_AS = 'Save it from Word or LibreOffice as .docx.';

// Makes a .docx of the parts given, deflated.
function docx(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, strToU8(text)])));
}

// Makes a .docx whose word/styles.xml declares, in the central directory, a size other than its own.
function lyingDocx(styles: string, declared: number): Uint8Array {
  const bytes = Buffer.from(docx({ 'word/styles.xml': styles }));
  const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bytes.writeUInt32LE(declared, central + 24);
  return bytes;
}

describe('build --reference-doc with a file that is not a DOCX, or a hostile one', () => {
  it.each([
    [
      'a text file',
      'notes.docx',
      () => 'Notatki, nie szablon.\n',
      `The reference document is not a DOCX file that can be read: it is not a zip archive. ${SAVE_AS}`,
    ],
    [
      'a zip without word/styles.xml',
      'archive.docx',
      () => docx({ 'hello.txt': 'hello' }),
      `The reference document is not a DOCX file: it has no word/styles.xml. ${SAVE_AS}`,
    ],
    [
      'a zip whose styles part is not Word styles',
      'odd.docx',
      () => docx({ 'word/styles.xml': '<styles/>' }),
      "The reference document's word/styles.xml holds no <w:styles> element of WordprocessingML; it is not a Word styles part.",
    ],
    ['a missing file', 'missing.docx', undefined, 'The reference document does not exist.'],
    [
      'a malformed styles.xml',
      'broken.docx',
      () => docx({ 'word/styles.xml': `<w:styles ${W}><w:style></w:styles>` }),
      `The reference document's word/styles.xml cannot be used: it is not well-formed XML: line 1, column 102: unexpected close tag. ${SAVE_AS}`,
    ],
    [
      'a DOCTYPE with entities (a billion laughs)',
      'laughs.docx',
      () =>
        docx({
          'word/styles.xml': `<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles ${W}>&b;</w:styles>`,
        }),
      `The reference document's word/styles.xml cannot be used: it is not well-formed XML: line 1, column 98: it declares a DOCTYPE, which a Word part never does (entities defined there could expand without end). ${SAVE_AS}`,
    ],
    [
      'an undefined entity',
      'entity.docx',
      () => docx({ 'word/styles.xml': `<w:styles ${W}>&xxe;</w:styles>` }),
      `The reference document's word/styles.xml cannot be used: it is not well-formed XML: line 1, column 87: undefined entity. ${SAVE_AS}`,
    ],
    [
      'U+FFFE in styles.xml',
      'fffe.docx',
      () => docx({ 'word/styles.xml': `<w:styles ${W}><w:style w:styleId="a\uFFFE"/></w:styles>` }),
      `The reference document's word/styles.xml cannot be used: it is not well-formed XML: line 1, column 104: disallowed character. ${SAVE_AS}`,
    ],
    [
      'styles.xml that is not UTF-8',
      'latin.docx',
      () => zipSync({ 'word/styles.xml': new Uint8Array([0x3c, 0x61, 0xe6, 0x3e]) }),
      `The reference document's word/styles.xml cannot be used: it is not UTF-8 text. ${SAVE_AS}`,
    ],
    [
      'a zip bomb: styles.xml inflating to 40 MB',
      'bomb.docx',
      () => docx({ 'word/styles.xml': `<w:styles ${W}>${' '.repeat(40_000_000)}</w:styles>` }),
      `The reference document is not a DOCX file that can be read: its part word/styles.xml would take 40000092 bytes once inflated; a part may take at most 33554432 (32 MiB). ${SAVE_AS}`,
    ],
    [
      'a zip bomb by ratio: 4 MB of spaces',
      'ratio.docx',
      () => docx({ 'word/styles.xml': `<w:styles ${W}>${' '.repeat(4_000_000)}</w:styles>` }),
      `The reference document is not a DOCX file that can be read: its part word/styles.xml would inflate 998 times over (a zip bomb?); a part may inflate at most 500 times. ${SAVE_AS}`,
    ],
    [
      'a header declaring less than the part inflates to',
      'lying.docx',
      () => lyingDocx(STYLES, 10),
      `The reference document is not a DOCX file that can be read: its part word/styles.xml inflates to more than the 10 bytes its header declares. ${SAVE_AS}`,
    ],
    [
      'a header declaring more than the part inflates to',
      'lying2.docx',
      () => lyingDocx(STYLES, 5000),
      `The reference document is not a DOCX file that can be read: its part word/styles.xml inflates to fewer bytes than its header declares; the file is damaged. ${SAVE_AS}`,
    ],
    [
      'a theme at /__proto__',
      'proto.docx',
      () => docx({ 'word/styles.xml': STYLES, 'word/_rels/document.xml.rels': RELS('/__proto__') }),
      `The reference document's word/_rels/document.xml.rels names __proto__ as its theme part, but the file holds no such part. ${SAVE_AS}`,
    ],
    [
      'a theme at /constructor',
      'constructor.docx',
      () => docx({ 'word/styles.xml': STYLES, 'word/_rels/document.xml.rels': RELS('/constructor') }),
      `The reference document's word/_rels/document.xml.rels names constructor as its theme part, but the file holds no such part. ${SAVE_AS}`,
    ],
    [
      'a theme that is not well-formed',
      'theme.docx',
      () => docx({ 'word/styles.xml': STYLES, 'word/_rels/document.xml.rels': RELS('theme/theme1.xml'), 'word/theme/theme1.xml': '<a:theme>' }),
      `The reference document's word/theme/theme1.xml cannot be used: it is not well-formed XML: line 1, column 10: unbound namespace prefix: "a". ${SAVE_AS}`,
    ],
    ['a folder', 'folder.docx', 'folder', 'The reference document is a folder; give the path of a .docx file.'],
    ['a named pipe, never opened', 'pipe.docx', 'fifo', 'The reference document is not a regular file (a pipe or a device); give the path of a .docx file.'],
  ] as [string, string, (() => string | Uint8Array) | 'folder' | 'fifo' | undefined, string][])(
    'reports %s at the file, exits 2 and writes nothing',
    async (_, name, content, message) => {
      const cwd = tempDir();
      if (content === 'folder') mkdirSync(join(cwd, name));
      else if (content === 'fifo') execFileSync('mkfifo', [join(cwd, name)]);
      else if (content !== undefined) writeFileSync(join(cwd, name), content());
      const started = Date.now();
      const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--reference-doc', name, '--report-format', 'json'], cwd);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(result.code).toBe(2);
      expect(JSON.parse(result.stdout)).toEqual([{ severity: 'error', code: 'reference-doc', message, file: name, line: 0, column: 0 }]);
      expect(existsSync(join(cwd, 'out'))).toBe(false);
    },
  );

  it('reports a link to /proc/self/pagemap, which says it has 0 bytes, once reading passes 64 MiB: exit 2, nothing written', async () => {
    const cwd = tempDir();
    symlinkSync('/proc/self/pagemap', join(cwd, 'pagemap.docx'));
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--reference-doc', 'pagemap.docx', '--report-format', 'json'], cwd);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        severity: 'error',
        code: 'reference-doc',
        message: 'The reference document has more than 67108864 bytes; it may have at most 67108864 (64 MiB). A template with the styles is enough.',
        file: 'pagemap.docx',
        line: 0,
        column: 0,
      },
    ]);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it.each([
    ['an empty <w:styles/>', `<?xml version="1.0"?><w:styles ${W}/>`],
    [
      'styles in comments, CDATA and processing instructions',
      `<w:styles ${W}><!-- <w:style w:styleId="Fake"> --><?pi <w:lang w:val="x"/>?><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><![CDATA[<w:lang>]]></w:rPr></w:style></w:styles>`,
    ],
  ])('builds from %s: every part well-formed, our styles added inside <w:styles>', async (_, styles) => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'odd.docx'), docx({ 'word/styles.xml': styles }));
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'docx', '--reference-doc', 'odd.docx', '-q'], cwd);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const built = part(readFileSync(join(cwd, 'out', 'wspolpraca-miedzynarodowa-2010.docx')), 'word/styles.xml');
    const parser = new SaxesParser({ xmlns: true });
    expect(() => parser.write(built).close()).not.toThrow();
    expect(built).toMatch(
      /^(?:<\?xml version="1\.0" encoding="UTF-8"\?>)?<w:styles [^>]*><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"\/><\/w:rPr><\/w:rPrDefault><\/w:docDefaults>/,
    );
    expect(built).toContain('<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/>');
    expect(built).not.toContain('Fake');
    expect(built.endsWith('</w:style></w:styles>')).toBe(true);
  });

  it.each([
    ['20 000 unclosed <w:style> tags', `<w:styles ${W}>${'<w:style w:type="paragraph">'.repeat(20_000)}</w:styles>`, 2],
    [
      '20 000 closed <w:style> tags',
      `<w:styles ${W}>${Array.from({ length: 20_000 }, (_, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="s${i}"/></w:style>`).join('')}</w:styles>`,
      0,
    ],
    [
      '20 000 start tags inside a comment, well-formed',
      `<w:styles ${W}><!--${'<w:style w:type="paragraph"><w:lang '.repeat(20_000)}--><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`,
      0,
    ],
  ])('reads %s to the end, within the test timeout', async (_, styles, code) => {
    // a hang would outlast the timeout; how fast large parts are read is a matter for the benchmark, not this test
    const cwd = tempDir();
    writeFileSync(join(cwd, 'big.docx'), docx({ 'word/styles.xml': styles }));
    const result = await run(['build', '2010', '--data', DATA, '--out', 'out', '--format', 'docx', '--reference-doc', 'big.docx', '-q'], cwd);
    expect(result.code).toBe(code);
  });
});
