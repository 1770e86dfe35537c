// Characters that must not reach a file or a terminal (controls, noncharacters, halves of surrogate pairs), and
// characters that change how text reads without showing (bidirectional and zero-width ones).

/** C0 controls other than tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F';

/** Noncharacters of the first plane: U+FDD0–U+FDEF, U+FFFE and U+FFFF. */
const NONCHARACTER = '\\uFDD0-\\uFDEF\\uFFFE\\uFFFF';

/** The noncharacters of the other planes: the last two code points of each (U+1FFFE, U+1FFFF, … U+10FFFF). */
const NONCHARACTER_ASTRAL = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join('');

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units). */
const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** Bidirectional marks, embeddings, overrides and isolates; zero-width spaces and joiners; a BOM inside text. */
const INVISIBLE = '\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';

const FORBIDDEN_PATTERN = new RegExp(`[${CONTROL}${NONCHARACTER}]|${LONE_SURROGATE}`, 'g');
const FORBIDDEN_ASTRAL = new RegExp(`[${NONCHARACTER_ASTRAL}]`, 'gu');
const INVISIBLE_PATTERN = new RegExp(`[${INVISIBLE}]`, 'g');

/** A character found in text: where (index in code units) and which. */
export interface FoundCharacter {
  index: number;
  codePoint: number;
}

// Finds the first control character, noncharacter or lone surrogate in a text.
export function findForbidden(text: string): FoundCharacter | undefined {
  return first(text, [FORBIDDEN_PATTERN, FORBIDDEN_ASTRAL]);
}

// Finds the first bidirectional or zero-width character in a text.
export function findInvisible(text: string): FoundCharacter | undefined {
  return first(text, [INVISIBLE_PATTERN]);
}

// Removes every control character, noncharacter and lone surrogate: what neither an XML part nor a terminal may hold.
export function stripForbidden(text: string): string {
  return text.replace(FORBIDDEN_PATTERN, '').replace(FORBIDDEN_ASTRAL, '');
}

// Makes text safe to print on a terminal or in a CI log: each control, noncharacter, lone surrogate, bidirectional or
// zero-width character is shown as one visible character (␛ for ESC, ␇ for BEL, � for the others). Line feeds and
// tabs stay.
export function showSafely(text: string): string {
  return text
    .replace(FORBIDDEN_ASTRAL, '\uFFFD')
    .replace(FORBIDDEN_PATTERN, (c) => picture(c.charCodeAt(0)))
    .replace(/\r/g, '\u240D')
    .replace(INVISIBLE_PATTERN, '\uFFFD');
}

// Names a character for a message: "U+001B (ESC)".
export function characterName(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name ? `${hex} (${name})` : hex;
}

/** The names people know some of these characters by. */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'BS',
  0x0b: 'VT',
  0x0c: 'FF',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'NEL',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xfffe: 'a noncharacter',
  0xffff: 'a noncharacter',
};

// Returns the visible stand-in of a character: a control picture for C0 controls and DEL, else U+FFFD.
function picture(code: number): string {
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  return code === 0x7f ? '\u2421' : '\uFFFD';
}

// Returns the earliest match of any of the patterns.
function first(text: string, patterns: RegExp[]): FoundCharacter | undefined {
  let found: FoundCharacter | undefined;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    pattern.lastIndex = 0;
    if (match && (!found || match.index < found.index)) found = { index: match.index, codePoint: match[0].codePointAt(0)! };
  }
  return found;
}
