// Joining items into a Polish enumeration: "A, B i C", never a comma before the conjunction.

import { containsWord } from './text.ts';

/** How to join a list of items that all hold. */
export interface JoinOptions {
  /** Force the conjunction; by default "i", or "oraz" when an item itself contains the word "i". */
  conjunction?: 'i' | 'oraz';
}

// Joins items with commas and the conjunction before the last one.
function joinWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

// Joins items as "A, B i C", choosing "oraz" when "i" would be ambiguous.
export function joinList(items: readonly string[], options: JoinOptions = {}): string {
  const ambiguous = items.some((item) => containsWord(item, 'i'));
  return joinWith(items, options.conjunction ?? (ambiguous ? 'oraz' : 'i'));
}
