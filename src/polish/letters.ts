// Regular expressions over letters (\p{L}) and numbers (\p{N}) that compile quickly on the text of a Polish report.
// V8 looks up the Unicode tables of \p{L} as it compiles each such expression: from a cold start, 0.4 ms for a simple
// one and 1.4 ms for [^\p{L}\p{N}], several milliseconds of a section's build in all. Text whose every character lies
// in COMMON (Latin letters up to U+024F, and general punctuation: „” – … and the spaces) is matched by the same
// expression with \p{L} and \p{N} written out for that range, which compiles in a few microseconds; any other text
// by the expression as written. On text in COMMON both match alike, since neither looks at a character outside it.

/** The letters (\p{L}) of U+0000–U+024F and U+2000–U+206F, as the ranges of a character class. */
const LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
/** The numbers (\p{N}) of the same ranges: digits, ², ³, ¹ and ¼ to ¾. */
const NUMBERS = '0-9\\u00b2\\u00b3\\u00b9\\u00bc-\\u00be';
/** Text the written-out ranges hold for. */
const COMMON = /^[\u0000-\u024f\u2000-\u206f]*$/;

/** A regular expression with \p{L} and \p{N}, compiled when first used, in the form the text needs. */
export class LetterPattern {
  readonly #source: string;
  readonly #flags: string;
  readonly #latinSource: string;
  #unicode: RegExp | undefined;
  #latin: RegExp | undefined;

  constructor(source: string, flags: string) {
    this.#source = source;
    this.#flags = flags;
    this.#latinSource = latinSource(source);
  }

  // Returns the expression to match this text with.
  for(text: string): RegExp {
    if (COMMON.test(text)) return (this.#latin ??= new RegExp(this.#latinSource, this.#flags));
    return (this.#unicode ??= new RegExp(this.#source, this.#flags));
  }
}

// Writes \p{L} and \p{N} out as the ranges of COMMON: inside a character class as its ranges, outside as a class.
export function latinSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const char = source[at]!;
    if (char === '\\') {
      const property = /^\\p\{([LN])\}/.exec(source.slice(at, at + 5));
      if (property) {
        const ranges = property[1] === 'L' ? LETTERS : NUMBERS;
        out += inClass ? ranges : `[${ranges}]`;
        at += property[0].length - 1;
      } else {
        if (/^\\[pP]\{/.test(source.slice(at, at + 3))) throw new Error(`LetterPattern knows \\p{L} and \\p{N} only: ${source}`);
        out += char + (source[at + 1] ?? '');
        at += 1;
      }
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    out += char;
  }
  return out;
}
