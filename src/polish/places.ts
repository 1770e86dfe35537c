// Places with their prepositions: "do Grecji, Włoch oraz na Cypr", "we Włoszech", "ze Szwecji".

import { containsWord } from './text.ts';
import type { Case, NounPhrase } from './types.ts';

/** Where to, where, or where from. */
export type Direction = 'to' | 'in' | 'from';

/** The preposition a place takes for "in": "w" (most countries and cities) or "na" (islands, some countries). */
export type PlacePreposition = 'w' | 'na';

export const DIRECTIONS: readonly Direction[] = ['to', 'in', 'from'];

/** The preposition and the case it governs. */
export interface Government {
  preposition: 'do' | 'na' | 'w' | 'z';
  case: Case;
}

const GOVERNMENT: Readonly<Record<PlacePreposition, Record<Direction, Government>>> = {
  w: { to: { preposition: 'do', case: 'gen' }, in: { preposition: 'w', case: 'loc' }, from: { preposition: 'z', case: 'gen' } },
  na: { to: { preposition: 'na', case: 'acc' }, in: { preposition: 'na', case: 'loc' }, from: { preposition: 'z', case: 'gen' } },
};

// Returns the preposition and case of a place in a direction: "do" + genitive, or for a "na" place "na" + accusative.
export function placeGovernment(direction: Direction, prep: PlacePreposition = 'w'): Government {
  return GOVERNMENT[prep][direction];
}

const VOWELS = 'aąeęioóuy';

// Writes "w" as "we" before w or f and a consonant ("we Włoszech", "we Francji"), "z" as "ze" before s, z, ś, ź or ż
// and a consonant ("ze Szwecji", "ze Słowacji"); any other preposition, or before anything else, as it is.
export function vocalized(preposition: string, next: string): string {
  const [first = '', second = ''] = [...next.toLocaleLowerCase('pl')];
  if (second === '' || VOWELS.includes(second)) return preposition;
  if (preposition === 'w' && 'wf'.includes(first)) return 'we';
  if (preposition === 'z' && 'szśźż'.includes(first)) return 'ze';
  return preposition;
}

/** A place already in the case its preposition governs. */
export interface PlacePhrase {
  preposition: string;
  text: string;
}

/** How to join places. */
export interface PlaceListOptions {
  /** Force the conjunction; by default "oraz" before a place that changes the preposition in a list of three or more,
   * or when a place's name holds the word "i" ("Bośnia i Hercegowina"), else "i". */
  conjunction?: 'i' | 'oraz';
}

// Joins places, writing a preposition only where it changes: "do Grecji, Włoch oraz na Cypr", "w Grecji i na Cyprze".
export function joinPlaces(places: readonly PlacePhrase[], options: PlaceListOptions = {}): string {
  const parts = places.map((place) => ({ preposition: vocalized(place.preposition, place.text), text: place.text }));
  const written = parts.map((part, i) => (i > 0 && parts[i - 1]!.preposition === part.preposition ? part.text : `${part.preposition} ${part.text}`));
  if (written.length <= 1) return written.join('');
  const lastChanges = parts.at(-1)!.preposition !== parts.at(-2)!.preposition;
  const ambiguous = parts.some((part) => containsWord(part.text, 'i'));
  const conjunction = options.conjunction ?? ((lastChanges && parts.length > 2) || ambiguous ? 'oraz' : 'i');
  return `${written.slice(0, -1).join(', ')} ${conjunction} ${written.at(-1)}`;
}

// Returns a place's accusative, for "na": stored, or the nominative of a one-word name that is masculine, neuter,
// plural or feminine without -a ("na Cypr", "na Węgry", "na Białoruś"), or -a turned into -ę ("na Maltę"). A feminine
// -a name must say its gender; a name of several words must store its accusative ("na Wyspy Kanaryjskie").
export function placeAccusative(place: NounPhrase): string | undefined {
  if (place.acc !== undefined) return place.acc;
  if (place.nom.includes(' ')) return undefined;
  if (place.number === 'pl' || place.gender === 'n') return place.nom;
  if (!place.nom.endsWith('a')) return place.gender === 'f' || place.gender === 'm' || place.gender === undefined ? place.nom : undefined;
  return place.gender === 'f' ? `${place.nom.slice(0, -1)}ę` : undefined;
}
