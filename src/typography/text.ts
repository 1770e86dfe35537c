// The typography pass over one piece of plain text, with the rules in the order they must run.

import { fixDashes } from './dashes.ts';
import { bindAbbreviations, bindNumbers, bindShortWords, separateAbbreviations } from './nbsp.ts';
import { fixQuotes } from './quotes.ts';
import { fixSpacing } from './spacing.ts';

/**
 * Spacing runs first so later rules see single spaces; "2010r." is split before ranges and numbers are read;
 * the non-breaking spaces come last, once dashes and quotes are in place. Each rule leaves text it has already
 * fixed unchanged; a later rule can still make work for an earlier one (a quote rule removing the space between
 * „ and a dash), so the pass repeats until nothing changes.
 */
const RULES: readonly ((text: string) => string)[] = [fixSpacing, separateAbbreviations, fixDashes, fixQuotes, bindAbbreviations, bindNumbers, bindShortWords];

/** Passes at most: real text settles in one or two; a bound keeps a pathological text from looping. */
const MAX_PASSES = 5;

// Applies every Polish typography rule to a plain string, pass after pass until it no longer changes.
export function typographText(text: string): string {
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = RULES.reduce((result, rule) => rule(result), text);
    if (next === text) break;
    text = next;
  }
  return text;
}
