// Grammatical vocabulary shared by the Polish language module and its users.

/** The six cases the report's sentences use (the vocative never appears). */
export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'inst' | 'loc';

export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'inst', 'loc'];

/** Grammatical gender of a noun phrase's head noun. */
export type Gender = 'm' | 'f' | 'n';

/** Grammatical number. */
export type GrammaticalNumber = 'sg' | 'pl';

/**
 * A Polish noun phrase as stored in a record: the nominative always, other cases where the text needs them,
 * and the gender (and number) where agreement needs them. `personal` marks masculine-personal plurals
 * ("przedstawiciele"), which take different numerals and past-tense verbs.
 */
export interface NounPhrase {
  nom: string;
  gen?: string;
  dat?: string;
  acc?: string;
  inst?: string;
  loc?: string;
  gender?: Gender;
  number?: GrammaticalNumber;
  personal?: boolean;
}

/** Agreement features a verb, pronoun or adjective needs from its noun. */
export interface Agreement {
  gender: Gender;
  number: GrammaticalNumber;
  personal?: boolean;
}

/** A calendar date known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** The tenses the report's sentences use. The future of a perfective verb is its non-past form ("podpisze"),
 * of an imperfective one "będzie"/"będą" with the infinitive ("będzie uczestniczyć"). */
export type Tense = 'present' | 'past' | 'future';

/** The Polish plural categories of CLDR, as `Intl.PluralRules('pl')` returns them. */
export type PluralCategory = 'one' | 'few' | 'many' | 'other';
