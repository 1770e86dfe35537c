// Dash rules: the spaced en dash between clauses and the unspaced en dash between the ends of a range.
import { EN_DASH, NBSP } from './chars.ts';

/**
 * Two numbers joined by a hyphen or dash, with at most one space on each side, that are not part of a longer
 * chain (a date "2010-05-12"), a decimal ("1,5-2") or a code glued to letters ("COVID-19").
 */
const RANGE = /(?<![\p{L}\d.,\-\u2013])(\d+)[ \u00a0]?[-\u2013\u2014][ \u00a0]?(\d+)(?![\p{L}\d\-\u2013])/gu;

/** A Polish postal code, "00-950": looks like a range but keeps its hyphen. */
const POSTAL_CODE = /^\d{2}-\d{3}$/;

/** A hyphen, double hyphen, en dash or em dash with whitespace on both sides, after a non-space. */
const SPACED_DASH = /(?<=\S)[ \u00a0\n]+(?:--?|[\u2013\u2014])([ \u00a0\n])/g;

// Writes number ranges with an en dash and no spaces: "2007 - 2013" → "2007–2013".
export function joinRanges(text: string): string {
  return text.replace(RANGE, (range: string, from: string, to: string) => (POSTAL_CODE.test(range) ? range : `${from}${EN_DASH}${to}`));
}

// Writes a spaced dash as an en dash glued to the word before it: "Urząd - między" → "Urząd\u00a0– między".
export function spaceDashes(text: string): string {
  return text.replace(SPACED_DASH, (_dash: string, after: string) => `${NBSP}${EN_DASH}${after === '\n' ? '\n' : ' '}`);
}

// Applies both dash rules, ranges first so "2007 - 2013" is not read as a dash between clauses.
export function fixDashes(text: string): string {
  return spaceDashes(joinRanges(text));
}
