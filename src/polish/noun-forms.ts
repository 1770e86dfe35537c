// The forms of a counted noun in every case: stored ones first, the rest by the rules of Polish declension.

import { message, MessageError } from '../i18n/message.ts';
import type { Case, Gender, GrammaticalNumber } from './types.ts';

/**
 * A counted noun or noun phrase ("misja", "dzień roboczy", "kraj kandydujący"): `one` its nominative singular,
 * `few` its nominative plural ("misje"), `many` its genitive plural ("misji"), `other` its genitive singular
 * (after fractions: "1,5 dnia"). Other cases may be given in `sg` and `pl`; the plural's dative, instrumental
 * and locative are otherwise made by rule (`pluralForm`), and so is the accusative.
 */
export interface NounForms {
  one: string;
  few: string;
  many: string;
  other?: string;
  gender: Gender;
  personal?: boolean;
  sg?: Partial<Record<Case, string>>;
  pl?: Partial<Record<Case, string>>;
}

/** A case form a counted noun needs but neither stores nor can be made by rule. */
export class MissingNounFormError extends MessageError {
  override name = 'MissingNounFormError';
  constructor(
    readonly noun: NounForms,
    readonly number: GrammaticalNumber,
    readonly form: Case,
  ) {
    const key = number === 'sg' && form === 'gen' ? 'other' : `${number}: { ${form}: … }`;
    super(message('noun.missing-form', { noun: noun.one, form, number, key }));
  }
}

// Returns the noun in a number and case, or throws MissingNounFormError naming what to add.
export function nounForm(noun: NounForms, number: GrammaticalNumber, c: Case): string {
  const form = number === 'sg' ? singularForm(noun, c) : pluralForm(noun, c);
  if (form === undefined) throw new MissingNounFormError(noun, number, c);
  return form;
}

// Returns a singular form: stored, or the accusative from the nominative (or, for a personal noun, the genitive).
function singularForm(noun: NounForms, c: Case): string | undefined {
  const stored = c === 'nom' ? noun.one : c === 'gen' ? (noun.sg?.gen ?? noun.other) : noun.sg?.[c];
  if (stored !== undefined || c !== 'acc') return stored;
  if (noun.personal) return singularForm(noun, 'gen');
  if (noun.gender !== 'f') return noun.one;
  const gen = singularForm(noun, 'gen');
  return gen === undefined ? undefined : wordByWord(noun.one, gen, feminineAccusative);
}

// Turns a feminine word into the accusative, knowing its genitive: "misja" -> "misję", "specjalna" -> "specjalną".
function feminineAccusative(nom: string, gen: string): string {
  if (!nom.endsWith('a')) return nom;
  return nom.slice(0, -1) + (gen.endsWith('ej') ? 'ą' : 'ę');
}

// Returns a plural form: stored, the accusative (nominative, or genitive for a personal noun), or one made by rule.
export function pluralForm(noun: NounForms, c: Case): string | undefined {
  if (c === 'nom') return noun.few;
  if (c === 'gen') return noun.many;
  const stored = noun.pl?.[c];
  if (stored !== undefined) return stored;
  if (c === 'acc') return noun.personal ? noun.many : noun.few;
  const words = [noun.one, noun.few, noun.many].map((form) => form.split(' '));
  const [one = [], few = [], many = []] = words;
  if (one.length !== few.length || few.length !== many.length) return undefined;
  return few.map((word, i) => pluralWord(one[i]!, word, many[i]!, c)).join(' ');
}

/**
 * Makes one word of a plural phrase in the dative, instrumental or locative, from its nominative singular,
 * nominative plural and genitive plural. An adjective (genitive plural in -ych, -ich) ends -ym, -ymi, -ych;
 * a word the same in all three stays ("UE"); a noun takes -om, -ami, -ach on the stem of its genitive plural
 * in -ów ("krajów" -> "krajom"), else of its nominative plural without its last vowel ("misje" -> "misjom"),
 * keeping the -i that softens a consonant ("dni" -> "dniom"; but "drogi" -> "drogom").
 */
function pluralWord(one: string, few: string, many: string, c: 'dat' | 'inst' | 'loc'): string {
  if (one === few && few === many) return few;
  if (/[yi]ch$/.test(many)) return many.slice(0, -2) + { dat: 'm', inst: 'mi', loc: 'ch' }[c];
  const stem = many.endsWith('ów') ? many.slice(0, -2) : stemOfPlural(few);
  return stem + { dat: 'om', inst: 'ami', loc: 'ach' }[c];
}

// Drops the ending of a nominative plural: "państwa" -> "państw", "drogi" -> "drog", but "dni" -> "dni".
function stemOfPlural(few: string): string {
  if (/[aey]$/.test(few)) return few.slice(0, -1);
  if (/[kg]i$/.test(few)) return few.slice(0, -1);
  return few;
}

// Applies a change to each word of a phrase, given the same phrase in another form word by word.
function wordByWord(phrase: string, other: string, change: (word: string, otherWord: string) => string): string | undefined {
  const words = phrase.split(' ');
  const others = other.split(' ');
  if (words.length !== others.length) return undefined;
  return words.map((word, i) => change(word, others[i]!)).join(' ');
}
