// Spacing rules: one space between words, none inside brackets or before punctuation, no stray edges.
import { NBSP } from './chars.ts';

/** Two periods after a letter or digit, not three. The pattern starts with the periods and looks behind them for the
 * letter: starting with the look-behind made the engine try it at every character of a paragraph. */
const DOUBLE_PERIOD = /\.\.(?!\.)(?<=[\p{L}\d]\.\.)/gu;

/** A run of spaces and tabs that is not already one space: two or more, or a tab. */
const SPACE_RUN = /[ \t\u00a0]{2,}|\t/g;

// Collapses runs of spaces and tabs to one space (non-breaking if the run held one); drops it at a line break.
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, (run) => (run.includes(NBSP) ? NBSP : ' ')).replace(/[ \u00a0]?\n[ \u00a0]?/g, '\n');
}

// Removes the space before , . ; : ! ? ) ] and after ( [.
export function removeSpaceAroundPunctuation(text: string): string {
  return text.replace(/[ \u00a0\n]+(?=[,.;:!?)\]])/g, '').replace(/([([])[ \u00a0\n]+/g, '$1');
}

// Leaves one period where an abbreviation's period also ends the sentence: "2010 r.." → "2010 r.".
export function removeDoublePeriod(text: string): string {
  return text.replace(DOUBLE_PERIOD, '.');
}

// Removes spaces and line breaks at the start and end of a paragraph.
export function trimEdges(text: string): string {
  return text.replace(/^[ \t\u00a0\n]+|[ \t\u00a0\n]+$/g, '');
}

// Applies every spacing rule in order.
export function fixSpacing(text: string): string {
  return trimEdges(removeDoublePeriod(removeSpaceAroundPunctuation(collapseSpaces(text))));
}
