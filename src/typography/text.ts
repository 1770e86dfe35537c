// The typography pass over one piece of plain text, with the rules in the order they must run.

import { fixDashes } from './dashes.ts';
import { bindAbbreviations, bindNumbers, bindShortWords, separateAbbreviations } from './nbsp.ts';
import { fixQuotes } from './quotes.ts';
import { fixSpacing } from './spacing.ts';

/**
 * Spacing runs first so later rules see single spaces; "2010r." is split before ranges and numbers are read;
 * the non-breaking spaces come last, once dashes and quotes are in place. Each rule leaves text it has already
 * fixed unchanged, so the whole pass is idempotent.
 */
const RULES: readonly ((text: string) => string)[] = [
  fixSpacing,
  separateAbbreviations,
  fixDashes,
  fixQuotes,
  bindAbbreviations,
  bindNumbers,
  bindShortWords,
];

// Applies every Polish typography rule to a plain string.
export function typographText(text: string): string {
  return RULES.reduce((result, rule) => rule(result), text);
}
