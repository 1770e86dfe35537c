// LetterPattern (src/polish/letters.ts): \p{L} and \p{N} written out for common text, matching as the Unicode forms do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latinSource, LetterPattern } from '../../src/polish/letters.ts';

const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) };
const LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const NUMBERS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';

describe('latinSource', () => {
  it.each([
    ['inside a class', String.raw`[\p{L}\d]`, `[${LETTERS}\\d]`],
    ['alone, as a class of its own', String.raw`(?=\p{L})`, `(?=[${LETTERS}])`],
    ['in a negated class, with \\p{N}', String.raw`[^\p{L}\p{N}]+`, `[^${LETTERS}${NUMBERS}]+`],
    ['after a class that holds "["', String.raw`[([]\p{L}`, `[([][${LETTERS}]`],
    ['an escaped backslash before p{L}: left as written', String.raw`\\p{L}`, String.raw`\\p{L}`],
    ['other escapes: left as written', String.raw`\.\]\[\u2013`, String.raw`\.\]\[\u2013`],
  ])('%s', (_what, source, latin) => {
    expect(latinSource(source)).toBe(latin);
  });

  it.each([[String.raw`\p{Lu}`], [String.raw`\P{L}`], [String.raw`\p{M}`]])('refuses %s, which it cannot write out', (source) => {
    expect(() => latinSource(source)).toThrow('LetterPattern knows \\p{L} and \\p{N} only');
  });
});

describe('the written-out ranges', () => {
  // every code point of U+0000–U+024F and U+2000–U+206F, the text the ranges are used for
  const common = [...Array.from({ length: 0x250 }, (_, i) => i), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)].map((c) => String.fromCodePoint(c));

  it.each([
    ['\\p{L}', /^\p{L}$/u, new RegExp(`^[${LETTERS}]$`, 'u')],
    ['\\p{N}', /^\p{N}$/u, new RegExp(`^[${NUMBERS}]$`, 'u')],
  ])('hold exactly the characters of %s there', (_what, unicode, latin) => {
    expect(common.filter((c) => unicode.test(c) !== latin.test(c))).toEqual([]);
  });
});

describe('LetterPattern', () => {
  const sources: [string, string][] = [
    [String.raw`(?<=[\p{L}\d])\.\.(?!\.)`, 'gu'],
    [String.raw`(?<![\p{L}\d.,\-\u2013])(\d+)[ \u00a0]?[-\u2013\u2014][ \u00a0]?(\d+)(?![\p{L}\d\-\u2013])`, 'gu'],
    [String.raw`(?<![\p{L}\d])(\d+)[ \n](?=\p{L})`, 'gu'],
    [String.raw`[^\p{L}\p{N}]+`, 'gu'],
    [String.raw`\p{L}+`, 'gu'],
  ];
  // text mostly of the common range, with now and then a letter or number beyond it
  const text = fc.string({
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom('a', 'ł', 'Ż', 'é', 'ǅ', '1', '²', '¼', ' ', '\u00a0', '\n', '.', ',', '-', '\u2013', '\u201e', '\u201d', '×', 'ª') },
      { weight: 1, arbitrary: fc.constantFrom('я', 'Ω', '٣', '\u2160', '中', '\u{1D400}', '\u2070', '\u2071', '€') },
    ),
    maxLength: 30,
  });

  it('matches any text as the expression with \\p{L} and \\p{N} does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...sources), text, ([source, flags], t) => {
        expect(t.replace(new LetterPattern(source, flags).for(t), '<$&>')).toBe(t.replace(new RegExp(source, flags), '<$&>'));
      }),
      RUNS,
    );
  });

  it('uses the written-out form for common text and the Unicode form for any other', () => {
    const pattern = new LetterPattern(String.raw`\p{L}+`, 'gu');
    expect(pattern.for('Współpraca – 2010 r.').source).toBe(`[${LETTERS}]+`);
    expect(pattern.for('Współpraca z Rosją (Россия)').source).toBe(String.raw`\p{L}+`);
  });
});
