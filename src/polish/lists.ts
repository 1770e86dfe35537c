// Joining items into a Polish enumeration: "A, B i C", never a comma before the conjunction.

import { containsWord } from './text.ts';

/** How to join a list of items that all hold. */
export interface JoinOptions {
  /** Force the conjunction; by default "i", or "oraz" when an item itself contains the word "i". */
  conjunction?: 'i' | 'oraz';
  /** The list goes on after its last item, with words of its own that join it ("oraz partnerów"): commas only. */
  continued?: boolean;
}

// Joins items with commas and the conjunction before the last one.
function joinWith(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

// Joins items as "A, B i C", choosing "oraz" when "i" would be ambiguous; as "A, B" when the list goes on.
export function joinList(items: readonly string[], options: JoinOptions = {}): string {
  if (options.continued) return items.join(', ');
  const ambiguous = items.some((item) => containsWord(item, 'i'));
  return joinWith(items, options.conjunction ?? (ambiguous ? 'oraz' : 'i'));
}
