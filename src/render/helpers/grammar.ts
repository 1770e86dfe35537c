// Helpers that make words agree: verbs, adjectives, pronouns, numerals, dates and lists.
import {
  capitalize,
  conjugatePhrase,
  countVerb,
  declineAdjective,
  demonstrative,
  inDate,
  relativePronoun,
  sinceDate,
  timesWord,
  untilDate,
  type Agreement,
  type Case,
  type PartialDate,
} from '../../polish/index.ts';
import { countedNounOf, tenseOf, verbPhraseOf } from './counts.ts';
import { agreementFor } from './names.ts';

// Returns the third-person verb agreeing with its subject: {{verb "przewodniczyć" who "present"}} -> "przewodniczą";
// the verb may be a phrase ("wziąć udział") or forms from the data.
export function verb(infinitive: unknown, subject: unknown, tense?: unknown): string {
  return conjugatePhrase(verbPhraseOf(infinitive), tenseOf(tense), agreementFor(subject));
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

// Returns the verb agreeing with a counted subject: {{countVerb 15 "wchodzić" "państwo"}} -> "wchodzi".
export function countVerbOf(n: number, infinitive: unknown, noun: unknown, tense?: unknown): string {
  const phrase = verbPhraseOf(infinitive);
  const form = countVerb(n, phrase.forms, tenseOf(tense), countedNounOf(noun));
  return phrase.rest === '' ? form : `${form} ${phrase.rest}`;
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
  return inDate(d, style === 'long' ? 'long' : 'short');
}

// Capitalizes the first letter.
export function cap(text: string): string {
  return capitalize(String(text));
}
