// Helpers that build and join lists in Polish, and places with their prepositions.
import { describe } from './arguments.ts';
import type { HelperOptions } from 'handlebars';
import {
  DIRECTIONS,
  joinList,
  joinPlaces,
  placeAccusative,
  placeGovernment,
  type Case,
  type Direction,
  type NounPhrase,
  type PlacePhrase,
} from '../../polish/index.ts';
import { originOf } from '../../diagnostics/origin.ts';
import { message } from '../../i18n/message.ts';
import { TemplateDataError } from '../template-error.ts';
import { form, label } from './names.ts';

// Renders the block once per item and joins the results: "A i B", "A, B i C", "A, B oraz C"; with `continued` true,
// "A, B", for a list the words after it close ("A, B oraz partnerów").
export function join(this: unknown, items: unknown[], options: HelperOptions): string {
  const parts = (items ?? []).map((item, index) =>
    options.fn(item, { data: { ...options.data, index, first: index === 0, last: index === items.length - 1 } }).trim(),
  );
  const conjunction = options.hash?.conjunction as 'i' | 'oraz' | undefined;
  const continued = options.hash?.continued === true;
  return joinList(parts.filter(Boolean), { ...(conjunction ? { conjunction } : {}), ...(continued ? { continued } : {}) });
}

// Maps records to their labels in a case (acronym or name).
export function labels(records: Parameters<typeof label>[0][], c: Case): string[] {
  return (records ?? []).map((r) => label(r, c));
}

// Concatenates values and lists into one list: (concat "Urząd" (labels known "acc")).
export function concat(...args: unknown[]): unknown[] {
  return args.flatMap((a) => (Array.isArray(a) ? a : a === undefined || a === '' ? [] : [a]));
}

/** A place as the data gives it: a noun phrase, or a record with one in `name`; `prep: na` for "na Cyprze". */
interface PlaceValue {
  name?: NounPhrase;
  nom?: string;
  prep?: unknown;
}

// Returns one place with its preposition: {{placePhrase country "to"}} -> "do Grecji", "na Cypr", "we Włoszech" ("in").
export function placePhrase(value: PlaceValue, direction: unknown): string {
  return placeList([value], direction);
}

// Joins places with their prepositions: {{placeList destinations "to"}} -> "do Grecji, Włoch oraz na Cypr".
export function placeList(values: PlaceValue[], direction: unknown, conjunction?: unknown): string {
  if (!DIRECTIONS.includes(direction as Direction))
    throw new TemplateDataError(message('helper.direction', { directions: DIRECTIONS.join(', '), value: describe(direction) }));
  if (conjunction !== undefined && conjunction !== 'i' && conjunction !== 'oraz')
    throw new TemplateDataError(message('helper.places-conjunction', { value: describe(conjunction) }));
  const phrases = (values ?? []).map((value) => governed(value, direction as Direction));
  return joinPlaces(phrases, conjunction ? { conjunction } : {});
}

// Puts a place in the case its preposition governs in a direction.
function governed(value: PlaceValue, direction: Direction): PlacePhrase {
  const phrase = (value?.name ?? value) as NounPhrase;
  if (!phrase || typeof phrase !== 'object' || typeof phrase.nom !== 'string') throw new TemplateDataError(message('helper.place', { value: describe(value) }));
  const prep = value.prep ?? (phrase as PlaceValue).prep ?? 'w';
  if (prep !== 'w' && prep !== 'na') throw new TemplateDataError(message('helper.place-prep', { place: phrase.nom, value: describe(prep) }), originOf(value));
  const government = placeGovernment(direction, prep);
  const derived = government.case === 'acc' ? placeAccusative(phrase) : undefined;
  return { preposition: government.preposition, text: derived ?? form(phrase, government.case) };
}
