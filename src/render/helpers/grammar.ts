// Helpers that make words agree: verbs, adjectives, pronouns, numerals, dates and lists.
import {
  NOUNS, VERBS, capitalize, conjugate, countPhrase, countVerb, declineAdjective, demonstrative, inDate, relativePronoun,
  sinceDate, timesWord, untilDate, type Agreement, type Case, type CountedNoun, type PartialDate, type Tense,
} from '../../polish/index.ts';
import { TemplateDataError } from '../template-error.ts';
import { agreementFor } from './names.ts';

// Looks up a verb of the lexicon by its infinitive.
function verbForms(infinitive: string) {
  const forms = (VERBS as Record<string, (typeof VERBS)[keyof typeof VERBS]>)[infinitive];
  if (!forms) throw new TemplateDataError(`Unknown verb "${infinitive}"; known verbs: ${Object.keys(VERBS).join(', ')}.`);
  return forms;
}

// Looks up a counted noun of the lexicon by its dictionary form.
function countedNoun(noun: string): CountedNoun {
  const forms = (NOUNS as Record<string, CountedNoun>)[noun];
  if (!forms) throw new TemplateDataError(`Unknown counted noun "${noun}"; known nouns: ${Object.keys(NOUNS).join(', ')}.`);
  return forms;
}

// Returns the third-person verb agreeing with its subject: {{verb "przewodniczyć" who "present"}} -> "przewodniczą".
export function verb(infinitive: string, subject: unknown, tense: Tense = 'present'): string {
  return conjugate(verbForms(infinitive), tense, agreementFor(subject));
}

// Declines an adjective or participle to agree with a phrase: {{adj "realizowany" name "loc"}} -> "realizowanym".
export function adj(mascNominative: string, phrase: unknown, c: Case): string {
  return declineAdjective(mascNominative, c, agreementFor(phrase));
}

// Returns the relative pronoun agreeing with a phrase: {{relative name "gen"}} -> "której".
export function relative(phrase: unknown, c: Case): string {
  return relativePronoun(agreementFor(phrase), c);
}

// Returns the demonstrative agreeing with a phrase: {{demonstrative noun "gen"}} -> "tego".
export function demonstrativeOf(phrase: unknown, c: Case): string {
  return demonstrative(agreementFor(phrase), c);
}

// Returns a number with its noun: {{count 15 "państwo"}} -> "15 państw".
export function count(n: number, noun: string): string {
  return countPhrase(n, countedNoun(noun));
}

// Returns the verb agreeing with a counted subject: {{countVerb 15 "wchodzić" "państwo"}} -> "wchodzi".
export function countVerbOf(n: number, infinitive: string, noun: string, tense: Tense = 'present'): string {
  return countVerb(n, verbForms(infinitive), tense, countedNoun(noun));
}

// Returns the agreement of a list of things taken together: one thing agrees as itself, more as a plural.
export function together(items: unknown[]): Agreement {
  const [first] = items ?? [];
  if (items?.length === 1) return agreementFor((first as { name?: unknown }).name ?? first);
  return { gender: 'n', number: 'pl', personal: false };
}

// Returns "raz", "dwa razy", "pięć razy".
export function times(n: number): string {
  return timesWord(n);
}

// Writes a date after "od": "od grudnia 2010 r.".
export function since(d: PartialDate): string {
  return sinceDate(d);
}

// Writes a date after "do": "do marca 2011 r.".
export function until(d: PartialDate): string {
  return untilDate(d);
}

// Writes when something happened: "w grudniu 2010 r."; with style "long", a bare year reads "w 2010 roku".
export function during(d: PartialDate, style?: string): string {
  return style === 'long' && d.month === undefined ? `w ${d.year} roku` : inDate(d);
}

// Capitalizes the first letter.
export function cap(text: string): string {
  return capitalize(String(text));
}
