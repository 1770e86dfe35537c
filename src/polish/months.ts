// Polish month names in the cases dates need, without relying on Intl.DateTimeFormat.

import { message, MessageError } from '../i18n/message.ts';

/** The cases a month name takes in dates: "styczeń 2010", "1 stycznia", "w styczniu". */
export type MonthCase = 'nom' | 'gen' | 'loc';

const MONTHS: readonly Record<MonthCase, string>[] = [
  { nom: 'styczeń', gen: 'stycznia', loc: 'styczniu' },
  { nom: 'luty', gen: 'lutego', loc: 'lutym' },
  { nom: 'marzec', gen: 'marca', loc: 'marcu' },
  { nom: 'kwiecień', gen: 'kwietnia', loc: 'kwietniu' },
  { nom: 'maj', gen: 'maja', loc: 'maju' },
  { nom: 'czerwiec', gen: 'czerwca', loc: 'czerwcu' },
  { nom: 'lipiec', gen: 'lipca', loc: 'lipcu' },
  { nom: 'sierpień', gen: 'sierpnia', loc: 'sierpniu' },
  { nom: 'wrzesień', gen: 'września', loc: 'wrześniu' },
  { nom: 'październik', gen: 'października', loc: 'październiku' },
  { nom: 'listopad', gen: 'listopada', loc: 'listopadzie' },
  { nom: 'grudzień', gen: 'grudnia', loc: 'grudniu' },
];

// Returns the name of month 1–12 in the case asked for; throws on any other number.
export function monthName(month: number, c: MonthCase): string {
  const names = Number.isInteger(month) ? MONTHS[month - 1] : undefined;
  if (names === undefined) {
    throw new MessageError(message('grammar.month', { value: String(month) }));
  }
  return names[c];
}
