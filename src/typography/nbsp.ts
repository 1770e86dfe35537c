// Non-breaking space rules: a one-letter word, a number or an abbreviation keeps the next word on its line.
import { NBSP } from './chars.ts';

/**
 * A one-letter word that is a whole word: at the start of the text or after a space, an opening bracket or a
 * quotation mark, then a space or line break, then more text. "r." and "w." are left alone: a period follows.
 */
const SHORT_WORD = /(?<![^\s([\u201e\u201c"\u00bb\u00ab])([aiouwzAIOUWZ])[ \n](?=\S)/g;

// Glues each one-letter word to the word after it: "w Radzie" → "w\u00a0Radzie".
export function bindShortWords(text: string): string {
  return text.replace(SHORT_WORD, `$1${NBSP}`);
}

/** Abbreviations written right after a number that are sometimes typed without the space: "2010r.". */
const GLUED_ABBREVIATIONS = ['r.', 'rr.', 'w.', 'tys.', 'mln', 'mld', 'zł', 'proc.'];

// The patterns below start with what they match and look behind it for the character before: starting with the
// look-behind made the engine try it at every character of a paragraph. A number's first digit is looked behind at
// once (`\d(?<![\p{L}\d]\d)`), so that a digit inside a number fails there: looked behind after the whole number,
// each digit of a long one read the rest of it again (200,000 digits took minutes).

/** A whole number: its first digit, not glued to a letter or digit before it, then the rest of its digits. */
const NUMBER = '\\d(?<![\\p{L}\\d]\\d)\\d*';

/** A whole number immediately followed by one of those abbreviations and no further letter. */
const GLUED = new RegExp(`(${NUMBER})(${GLUED_ABBREVIATIONS.map((word) => word.replace('.', '\\.')).join('|')})(?!\\p{L})`, 'gu');

/** The last digits of a number, not glued to letters before it, then a space or line break, then a letter. */
const NUMBER_BEFORE_WORD = new RegExp(`(${NUMBER})[ \\n](?=\\p{L})`, 'gu');

// Puts a space between a number and an abbreviation typed against it: "2010r." → "2010 r.".
export function separateAbbreviations(text: string): string {
  return text.replace(GLUED, '$1 $2');
}

// Glues a number to the word after it: "15 państw" → "15\u00a0państw", "2010 r." → "2010\u00a0r.".
export function bindNumbers(text: string): string {
  return text.replace(NUMBER_BEFORE_WORD, `$1${NBSP}`);
}

/**
 * Abbreviations always followed by what they qualify: "im. Haliny Nieć", "ds. Azylu", "nr 5", "ul. Koszykowa".
 * A capitalised form ("Nr 5") is matched too. "r.", "tys." and the like follow a number instead (below).
 */
const BINDING_ABBREVIATIONS = [
  'im.',
  'ds.',
  'nr',
  'np.',
  'tzw.',
  'ul.',
  'al.',
  'prof.',
  'dr',
  'mgr',
  'inż.',
  'art.',
  'ust.',
  'pkt',
  'poz.',
  'ok.',
  'godz.',
  'św.',
  '§',
];

// Writes one abbreviation as a pattern that also matches it with a capital first letter.
function pattern(abbreviation: string): string {
  const first = abbreviation[0] ?? '';
  const rest = abbreviation.slice(1).replace('.', '\\.');
  return first.toUpperCase() === first ? `${first}${rest}` : `[${first}${first.toUpperCase()}]${rest}`;
}

/** One of the abbreviations as a whole word, then a space or line break, then something to bind to. */
const ABBREVIATION_BEFORE_WORD = new RegExp(`(${BINDING_ABBREVIATIONS.map(pattern).join('|')})(?<![\\p{L}\\d.]\\1)[ \\n](?=\\S)`, 'gu');

// Glues each abbreviation to the word after it: "im. Haliny" → "im.\u00a0Haliny".
export function bindAbbreviations(text: string): string {
  return text.replace(ABBREVIATION_BEFORE_WORD, `$1${NBSP}`);
}
