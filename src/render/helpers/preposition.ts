// A block helper that writes the one-letter preposition opening what it wraps as the next word asks: "ze szwedzkim".
import type { HelperOptions } from 'handlebars';
import { vocalized } from '../../polish/index.ts';

// Renders the block and, when it opens with "z" or "w" before a word, writes it "ze" or "we" where that word calls
// for it ("ze Szwecji", "we Francji"): {{#preposition}}z {{named partner "inst"}}{{/preposition}}.
export function preposition(this: unknown, options: HelperOptions): string {
  return options
    .fn(this)
    .replace(/^(\s*)([zw])(\s+)(\S+)/, (_all, space: string, word: string, gap: string, next: string) => space + vocalized(word, next) + gap + next);
}
