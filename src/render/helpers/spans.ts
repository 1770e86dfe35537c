// The note after an item of a list that says when its span began or ended within the report year.
import type { PartialDate } from '../../polish/types.ts';
import { since, until } from './grammar.ts';

/** What the note reads from an item. */
interface Spanned {
  joined: boolean;
  phase: { ended: boolean };
  from: PartialDate;
  to?: PartialDate;
}

// Returns " (od marca 2011 r.)" for an item that began in the year, " (do czerwca 2011 r.)" for one that ended in it
// when the sentence does not say so already (`said`), else nothing. Words given after `said` are a note of the item's
// own that shares the bracket: " (w komponencie admisyjnym, od stycznia 2010 r.)", never two brackets in a row.
export function spanNote(item: Spanned, said?: unknown, ...note: string[]): string {
  const span = item.joined ? since(item.from) : item.phase.ended && item.to && !said ? until(item.to) : '';
  const inside = [note.join(' '), span].filter(Boolean).join(', ');
  return inside ? ` (${inside})` : '';
}
