// Reading a record file's bytes: UTF-8 only (BOM dropped, line ends made \n), regular files only, 1 MiB at most.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, MAX_FILE_BYTES, readRecordText } from '../../src/load/read-file.ts';
import { tempDir } from '../support/data.ts';
import { EN } from '../support/messages.ts';

// Writes bytes to a scratch file and reads them back as a record file named "f.yaml".
function read(bytes: Uint8Array | string) {
  const path = join(tempDir(), 'f.yaml');
  writeFileSync(path, bytes);
  return inEnglish(readRecordText(path, 'f.yaml'));
}

// Writes the message of a refusal in English.
function inEnglish(read: ReturnType<typeof readRecordText>) {
  return 'diagnostic' in read ? { diagnostic: { ...read.diagnostic, message: EN.text(read.diagnostic.message) } } : read;
}

describe('decodeUtf8', () => {
  it.each([
    ['plain ASCII', [0x61, 0x3a, 0x20, 0x31], 'a: 1'],
    ['Polish letters', [...Buffer.from('Łódź')], 'Łódź'],
    ['a BOM, dropped', [0xef, 0xbb, 0xbf, 0x61], 'a'],
    ['an encoded U+FFFD, kept', [0xef, 0xbf, 0xbd], '\uFFFD'],
    ['a Windows-1250 "ł" after an encoded U+FFFD: the offset of the bad byte', [0xef, 0xbf, 0xbd, 0x61, 0xb3], 4],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a sequence cut short at the end', [0x61, 0xc5], 1],
  ])('%s', (_what, bytes, expected) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBe(expected);
  });

  it('decodes each text afresh: a BOM, a sequence cut short or a bad byte in one leaves nothing for the next', () => {
    const texts = [
      [0xef, 0xbb, 0xbf, 0x61],
      [0x61, 0xc5],
      [0xbb, 0xbf, 0x62],
      [0x63, 0x80],
      [0xc5, 0x82],
    ];
    expect(texts.map((bytes) => decodeUtf8(Uint8Array.from(bytes)))).toEqual(['a', 1, 0, 1, 'ł']);
  });
});

describe('readRecordText', () => {
  it('drops a BOM and turns CRLF and lone CR into \\n', () => {
    expect(read('\uFEFFa: 1\r\nb: 2\rc: 3\n')).toEqual({ text: 'a: 1\nb: 2\nc: 3\n' });
  });

  it.each([
    ['a genuine U+FFFD, read again strictly and kept', '\uFFFD a: 1\n', '\uFFFD a: 1\n'],
    ['a BOM before a genuine U+FFFD, dropped', '\uFEFFa: \uFFFD\r\n', 'a: \uFFFD\n'],
    ['a second BOM, kept as text', '\uFEFF\uFEFFa: 1\n', '\uFEFFa: 1\n'],
  ])('reads %s', (_what, written, text) => {
    expect(read(written)).toEqual({ text });
  });

  it('locates the first bad byte by line and by column in characters, and names its Windows-1250 letter', () => {
    const bytes = Buffer.concat([Buffer.from('name:\n  nom: Łódź '), Buffer.from([0xb3, 0x0a])]);
    expect(read(bytes)).toEqual({
      diagnostic: {
        severity: 'error',
        code: 'not-utf8',
        file: 'f.yaml',
        line: 2,
        column: 13,
        message:
          'This file is not UTF-8: byte 0xB3 on line 2 is not valid UTF-8 ("ł" in Windows-1250, so the file was probably saved in that encoding). Save the file as UTF-8 (in Notepad: "Save as", Encoding: UTF-8).',
      },
    });
  });

  it('counts the column on the first line after a BOM', () => {
    expect(read(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x81]))).toMatchObject({ diagnostic: { line: 1, column: 4 } });
  });

  it('gives no letter for a byte that is none in Windows-1250', () => {
    expect(read(Buffer.from([0x61, 0x3a, 0x20, 0x81]))).toMatchObject({
      diagnostic: { message: expect.stringMatching(/^This file is not UTF-8: byte 0x81 on line 1 is not valid UTF-8\. Save/) },
    });
  });

  it('takes a file of exactly the limit and refuses one byte more, without reading it', () => {
    expect(read('#'.repeat(MAX_FILE_BYTES))).toHaveProperty('text');
    expect(read('#'.repeat(MAX_FILE_BYTES + 1))).toEqual({
      diagnostic: {
        severity: 'error',
        code: 'file-too-large',
        file: 'f.yaml',
        line: 1,
        column: 1,
        message:
          'This file has 1048577 bytes; a record file may have at most 1048576 (1 MiB). A record is a few dozen lines: split the file into one file per record.',
      },
    });
  });

  it.each([
    ['a folder', (dir: string) => mkdirSync(join(dir, 'f.yaml')), 'it is a folder, not a file'],
    ['a broken link', (dir: string) => symlinkSync(join(dir, 'nowhere'), join(dir, 'f.yaml')), 'it does not exist (a broken link?)'],
    ['a device', (dir: string) => symlinkSync('/dev/zero', join(dir, 'f.yaml')), 'it is not a regular file (a device, pipe or socket)'],
  ])('refuses %s, saying why', (_what, make, why) => {
    const dir = tempDir();
    make(dir);
    expect(inEnglish(readRecordText(join(dir, 'f.yaml'), 'f.yaml'))).toEqual({
      diagnostic: { severity: 'error', code: 'unreadable-file', file: 'f.yaml', line: 1, column: 1, message: `Cannot read this record file: ${why}.` },
    });
  });
});
