// The Polish catalogue speaks Polish: in the text of every message, in every branch of its choices and plurals, no
// English or programmer's word, no ASCII double quote, no backslash and no "undefined", "null" or "[object …]".
// What the analyst types is quoted („asOf”, „true”) and is not read as words; options (--data) are not either.

import { describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/i18n/en.ts';
import { pl } from '../../src/i18n/pl.ts';
import { englishWords, literalText } from '../support/polish.ts';

const KEYS = Object.keys(pl) as MessageKey[];

/** The messages that show a command or a path the analyst types, with its backslashes (a Windows path) or quotes. */
const TYPED: Partial<Record<MessageKey, string>> = {
  'build.examples': '--soffice "D:\\LibreOffice\\program\\soffice.exe"',
  'pdf.install.win32': 'C:\\Program Files\\LibreOffice',
  'template.text-html': '„\\<”',
  'template.text-too-marked': '„\\*”, „\\_” lub „\\[”',
  'template.markdown-too-marked': '„\\*”, „\\_” lub „\\[”',
};

describe('the Polish catalogue', () => {
  it.each(KEYS)('%s: no English word in its text', (key) => {
    expect(englishWords(literalText(pl[key]))).toEqual([]);
  });

  it.each(KEYS)('%s: no ASCII double quote, backslash, "undefined", "null" or "[object"', (key) => {
    const text = literalText(pl[key]).replace(TYPED[key] ?? '\u0000', '');
    expect(text).not.toMatch(/["\\]|undefined|\bnull\b|\[object/);
  });

  // the test itself: a word of the list in prose is found, and one the analyst types, quoted, is not
  it.each([
    ['Brak pola (field) w rekordzie.', ['field']],
    ['Napisz „true” lub „false”.', []],
    ['Wskaż folder opcją --data-folder albo plik data/file.yaml.', []],
    ['{kind, select, list {listę} other {list}}', ['list']],
  ])('finds English words in %j', (message, found) => {
    expect(englishWords(literalText(message))).toEqual(found);
  });
});
