// Counted phrases in every case: "22 państw", "dwoma przedstawicielami", "17 państw uczestniczących",
// "ok. 4,5 tys. dni roboczych", "ponad 100 misji".

import { declineAdjective } from './adjectives.ts';
import { cardinal, MAX_WORDS, type NumeralClass } from './cardinals.ts';
import { nounForm, type NounForms } from './noun-forms.ts';
import { formatNumber, pluralCategory } from './numerals.ts';
import type { Case, GrammaticalNumber } from './types.ts';

/** The number and case a counted noun (and its adjective) takes. */
export interface CountSlot {
  number: GrammaticalNumber;
  case: Case;
}

/** A number as the data gives it: plain, or in thousands ("4,5 tys.") or millions ("1,2 mln"). */
export interface Quantity {
  value: number;
  scale?: Scale;
}

/** The abbreviations of thousands and millions, after which a noun stands in the genitive plural. */
export type Scale = 'tys.' | 'mln';

const SCALES: Record<Scale, number> = { 'tys.': 1000, mln: 1_000_000 };

/** Words that make a count approximate or a bound: "ok. 50", "ponad 100", "blisko 50", "co najmniej 3". */
export type Bound = 'about' | 'over' | 'nearly' | 'almost' | 'atLeast' | 'atMost';

/** Each bound's word; "około" is a preposition, and puts a count that would be nominative or accusative in the genitive. */
export const BOUNDS: Readonly<Record<Bound, { digits: string; words: string; genitive: boolean }>> = {
  about: { digits: 'ok.', words: 'około', genitive: true },
  over: { digits: 'ponad', words: 'ponad', genitive: false },
  nearly: { digits: 'blisko', words: 'blisko', genitive: false },
  almost: { digits: 'prawie', words: 'prawie', genitive: false },
  atLeast: { digits: 'co najmniej', words: 'co najmniej', genitive: false },
  atMost: { digits: 'co najwyżej', words: 'co najwyżej', genitive: false },
};

/** How to write a count. */
export interface CountOptions {
  /** The number in words ("dwóch", "dwudziestu dwóch") where it is a whole number up to 999 999. */
  words?: boolean;
  /** An adjective or participle after the noun, agreeing with the count, given as masculine nominative singular. */
  adjective?: string;
  /** Makes the count approximate or a bound. */
  bound?: Bound;
}

/**
 * Returns the number and case of a noun counted by n, the whole phrase being in case c. 1 takes the singular
 * in c; 2–4 (22–24 …) the nominative plural in the nominative and accusative, except masculine-personal nouns
 * ("dwóch przedstawicieli"); 0, 5 and up the genitive plural there; in the other cases the plural in c.
 * After a fraction the noun is genitive singular ("1,5 dnia"); after thousands or millions, written "tys."
 * or as a whole number of them ("2000 państw", "tysiącem państw"), genitive plural in every case.
 */
export function countedSlot(n: number, c: Case, personal: boolean, scaled = false): CountSlot {
  if (scaled || (Number.isInteger(n) && n >= 1000 && n % 1000 === 0)) return { number: 'pl', case: 'gen' };
  const category = pluralCategory(n);
  if (category === 'other') return { number: 'sg', case: 'gen' };
  if (category === 'one') return { number: 'sg', case: c };
  if (c === 'nom' || c === 'acc') return { number: 'pl', case: category === 'few' && !personal ? c : 'gen' };
  return { number: 'pl', case: c };
}

// Returns the class a numeral agrees with for a noun.
export function numeralClass(noun: Pick<NounForms, 'gender' | 'personal'>): NumeralClass {
  return noun.personal ? 'personal' : noun.gender;
}

// Returns the counted noun in the form a count asks for, with its adjective: "państw uczestniczących".
export function countedNoun(n: number, noun: NounForms, c: Case, adjective?: string, scaled = false): string {
  const slot = countedSlot(n, c, noun.personal ?? false, scaled);
  const text = nounForm(noun, slot.number, slot.case);
  if (adjective === undefined || adjective === '') return text;
  const agreement = { gender: noun.gender, number: slot.number, personal: noun.personal ?? false };
  return `${text} ${declineAdjective(adjective, slot.case, agreement)}`;
}

// Returns an adjective agreeing with a counted noun: (2, "uczestniczący", państwo, "nom") -> "uczestniczące".
export function countAdjective(n: number, adjective: string, noun: Pick<NounForms, 'gender' | 'personal'>, c: Case = 'nom'): string {
  const slot = countedSlot(n, c, noun.personal ?? false);
  return declineAdjective(adjective, slot.case, { gender: noun.gender, number: slot.number, personal: noun.personal ?? false });
}

// Returns a count with its noun in a case: (22, państwo, "gen") -> "22 państw"; in words "dwudziestu dwóch państw".
export function countIn(quantity: number | Quantity, noun: NounForms | undefined, c: Case = 'nom', options: CountOptions = {}): string {
  const q = typeof quantity === 'number' ? { value: quantity } : quantity;
  const bound = options.bound === undefined ? undefined : BOUNDS[options.bound];
  const phraseCase = bound?.genitive && (c === 'nom' || c === 'acc') ? 'gen' : c;
  const inWords = options.words === true && noun !== undefined && q.scale === undefined && Number.isInteger(q.value) && q.value >= 1 && q.value <= MAX_WORDS;
  const number = inWords ? cardinal(q.value, phraseCase, numeralClass(noun)) : formatQuantity(q);
  const counted = noun === undefined ? '' : ` ${countedNoun(q.value, noun, phraseCase, options.adjective, q.scale !== undefined)}`;
  const prefix = bound === undefined ? '' : `${inWords ? bound.words : bound.digits} `;
  return prefix + number + counted;
}

// Writes a quantity the Polish way: "4,5 tys.", "1,2 mln", "15 000".
export function formatQuantity(q: Quantity): string {
  if (q.scale === undefined) return formatNumber(q.value);
  return `${formatNumber(Math.round((q.value / SCALES[q.scale]) * 1000) / 1000)} ${q.scale}`;
}

/** A number as an analyst writes it in text: "15 000", "4,5", "4,5 tys.", "1,2 mln" (the schema checks the data by it). */
export const QUANTITY = /^(\d{1,3}(?:[ \u00A0]\d{3})+|\d+)(?:,(\d+))?(?:[ \u00A0](tys\.|mln))?$/;

// Reads a number as an analyst writes it: "4,5 tys." -> 4500 in thousands, "15 000" -> 15000; undefined when it is not one.
export function parseQuantity(text: string): Quantity | undefined {
  const match = QUANTITY.exec(text.trim());
  if (match === null) return undefined;
  const [, whole = '', fraction, scale] = match;
  const number = Number(`${whole.replace(/[ \u00A0]/g, '')}${fraction === undefined ? '' : `.${fraction}`}`);
  if (scale === undefined) return { value: number };
  return { value: Math.round(number * SCALES[scale as Scale]), scale: scale as Scale };
}
