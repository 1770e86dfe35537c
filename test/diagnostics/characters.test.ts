// Characters that must not reach a file or a terminal, and characters that change text without showing.
import { describe, expect, it } from 'vitest';
import { characterName, findForbidden, findInvisible, showSafely, stripForbidden } from '../../src/diagnostics/characters.ts';

describe('forbidden characters', () => {
  it.each([
    ['plain Polish text', 'Urząd do Spraw Cudzoziemców', undefined, 'Urząd do Spraw Cudzoziemców'],
    ['tab, line feed and carriage return stay', 'a\tb\nc\rd', undefined, 'a\tb\nc\rd'],
    ['an emoji (a surrogate pair) stays', 'EU 🇪🇺', undefined, 'EU 🇪🇺'],
    ['ESC', 'a\u001B[31mb', { index: 1, codePoint: 0x1b }, 'a[31mb'],
    ['BEL', '\u0007ding', { index: 0, codePoint: 0x07 }, 'ding'],
    ['NUL', 'a\u0000', { index: 1, codePoint: 0 }, 'a'],
    ['DEL', 'a\u007Fb', { index: 1, codePoint: 0x7f }, 'ab'],
    ['a C1 control (NEL)', 'a\u0085b', { index: 1, codePoint: 0x85 }, 'ab'],
    ['U+FFFE', 'ENARO\uFFFE', { index: 5, codePoint: 0xfffe }, 'ENARO'],
    ['U+FFFF', '\uFFFFx', { index: 0, codePoint: 0xffff }, 'x'],
    ['U+FDD0', 'x\uFDD0', { index: 1, codePoint: 0xfdd0 }, 'x'],
    ['U+1FFFE, an astral noncharacter', 'x\u{1FFFE}y', { index: 1, codePoint: 0x1fffe }, 'xy'],
    ['U+10FFFF', '\u{10FFFF}', { index: 0, codePoint: 0x10ffff }, ''],
    ['a lone high surrogate', 'a\uD800b', { index: 1, codePoint: 0xd800 }, 'ab'],
    ['a lone low surrogate', 'a\uDC00', { index: 1, codePoint: 0xdc00 }, 'a'],
    ['the first of several', 'ab\uFFFF\u001B', { index: 2, codePoint: 0xffff }, 'ab'],
  ])('%s', (_what, text, found, stripped) => {
    expect(findForbidden(text)).toEqual(found);
    expect(stripForbidden(text)).toBe(stripped);
    expect(findForbidden(stripForbidden(text))).toBeUndefined();
  });
});

describe('invisible characters', () => {
  it.each([
    ['plain text', 'ENARO', undefined],
    ['RIGHT-TO-LEFT OVERRIDE', 'abc\u202Edef', { index: 3, codePoint: 0x202e }],
    ['ZERO WIDTH SPACE', '\u200BENARO', { index: 0, codePoint: 0x200b }],
    ['a BOM inside text', 'EN\uFEFFARO', { index: 2, codePoint: 0xfeff }],
    ['FIRST STRONG ISOLATE', 'a\u2068', { index: 1, codePoint: 0x2068 }],
    ['a no-break space is visible enough', 'w\u00A0Polsce', undefined],
  ])('%s', (_what, text, found) => {
    expect(findInvisible(text)).toEqual(found);
  });
});

describe('showSafely', () => {
  it.each([
    ['ESC and BEL as control pictures', 'a\u001B[2Jb\u0007', 'a\u241B[2Jb\u2407'],
    ['a carriage return, which would overwrite the line', 'ok\rFAKE', 'ok\u240DFAKE'],
    ['bidirectional overrides and noncharacters as U+FFFD', 'a\u202Eb\uFFFEc\u{1FFFF}', 'a\uFFFDb\uFFFDc\uFFFD'],
    ['a lone surrogate', 'x\uD83D', 'x\uFFFD'],
    ['line feeds, tabs and Polish letters stay', 'żółć\n\tx', 'żółć\n\tx'],
  ])('shows %s', (_what, text, shown) => {
    expect(showSafely(text)).toBe(shown);
  });
});

describe('characterName', () => {
  it.each([
    [0x1b, 'U+001B (ESC)'],
    [0xfffe, 'U+FFFE (a noncharacter)'],
    [0x202e, 'U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    [0x1fffe, 'U+1FFFE'],
    [0x3, 'U+0003'],
  ])('names %s', (code, name) => {
    expect(characterName(code)).toBe(name);
  });
});
