// Helpers that count in Polish: counted nouns from the lexicon or the data, numerals in words, bounds, verbs given in the data.
import { describe } from './arguments.ts';
import {
  BOUNDS,
  CASES,
  VERBS,
  MissingNounFormError,
  countAdjective,
  countIn,
  countedNoun,
  lexiconVerb,
  parseQuantity,
  readNoun,
  readVerb,
  type Bound,
  type Case,
  type NounForms,
  type Quantity,
  type Tense,
  type VerbPhrase,
} from '../../polish/index.ts';
import { originOf } from '../../diagnostics/origin.ts';
import { message } from '../../i18n/message.ts';
import { suggestion } from '../../validate/suggest.ts';
import { TemplateDataError } from '../template-error.ts';

// Returns a counted noun: a word of the lexicon ("państwo") or forms from the data ({ one: misja, few: misje, many: misji }).
export function countedNounOf(noun: unknown): NounForms {
  const reading = readNoun(noun, suggestion);
  if (reading.problem !== undefined) throw new TemplateDataError(reading.problem, originOf(noun));
  return reading.noun;
}

// Returns a verb: an infinitive of the lexicon, with any words after it ("wziąć udział"), or forms from the data.
export function verbPhraseOf(verb: unknown): VerbPhrase {
  if (typeof verb === 'string') {
    const phrase = lexiconVerb(verb);
    if (!phrase)
      throw new TemplateDataError(
        message('helper.unknown-verb', { verb, hint: suggestion(verb.split(' ')[0] ?? verb, Object.keys(VERBS)), verbs: Object.keys(VERBS).join(', ') }),
      );
    return phrase;
  }
  const reading = readVerb(verb);
  if (reading.problem !== undefined) throw new TemplateDataError(reading.problem, originOf(verb));
  return reading.verb;
}

// Returns a case named in a template, or fails naming the six.
export function caseOf(c: unknown, fallback: Case = 'nom'): Case {
  if (c === undefined || c === null || c === '') return fallback;
  if (!CASES.includes(c as Case)) throw new TemplateDataError(message('helper.case', { cases: CASES.join(', '), value: describe(c) }));
  return c as Case;
}

// Returns a tense named in a template, or fails naming the three.
export function tenseOf(tense: unknown): Tense {
  if (tense === undefined || tense === null || tense === '') return 'present';
  if (tense !== 'present' && tense !== 'past' && tense !== 'future') throw new TemplateDataError(message('helper.tense', { value: describe(tense) }));
  return tense;
}

// Returns a number from the data: a number, or text such as "4,5 tys.", "15 000".
function quantityOf(n: unknown): Quantity {
  if (typeof n === 'number' && Number.isFinite(n)) return { value: n };
  const q = typeof n === 'string' ? parseQuantity(n) : undefined;
  if (!q) throw new TemplateDataError(message('helper.number', { value: describe(n) }));
  return q;
}

// Counts with a noun in a case.
function counted(n: unknown, noun: unknown, c: unknown, options: Parameters<typeof countIn>[3]): string {
  const forms = noun === undefined || noun === '' ? undefined : countedNounOf(noun);
  return atNoun(noun, () => countIn(quantityOf(n), forms, caseOf(c), options));
}

// Runs a count, reporting a case form the noun lacks at the noun's place in the data.
function atNoun(noun: unknown, write: () => string): string {
  try {
    return write();
  } catch (error) {
    if (error instanceof MissingNounFormError) throw new TemplateDataError(error.said, originOf(noun), error.form);
    throw error;
  }
}

// Returns a number with its noun in a case: {{count 22 "państwo" "gen"}} -> "22 państw"; an adjective agrees after it.
export function count(n: unknown, noun: unknown, c?: unknown, adjective?: string): string {
  return counted(n, noun, c, { adjective: textOrUndefined(adjective) });
}

// Returns the count in words: {{countWords 3 "kraj" "gen" "kandydujący"}} -> "trzech krajów kandydujących".
export function countWords(n: unknown, noun: unknown, c?: unknown, adjective?: string): string {
  return counted(n, noun, c, { words: true, adjective: textOrUndefined(adjective) });
}

// Returns an approximate count or a bound: {{approx "about" "4,5 tys." days "nom"}} -> "ok. 4,5 tys. dni roboczych".
export function approx(bound: unknown, n: unknown, noun?: unknown, c?: unknown, adjective?: string): string {
  if (typeof bound !== 'string' || !(bound in BOUNDS)) {
    throw new TemplateDataError(message('helper.bound', { bounds: Object.keys(BOUNDS).join(', '), value: describe(bound) }));
  }
  return counted(n, noun, c, { bound: bound as Bound, adjective: textOrUndefined(adjective) });
}

// Returns the noun agreeing with a count, without the number: {{countNoun 1 potential "gen"}} -> "potencjalnego kandydata".
export function countNoun(n: unknown, noun: unknown, c?: unknown, adjective?: string): string {
  const forms = countedNounOf(noun);
  const q = quantityOf(n);
  return atNoun(noun, () => countedNoun(q.value, forms, caseOf(c), textOrUndefined(adjective), q.scale !== undefined));
}

// Returns an adjective agreeing with a count: {{countAdj 2 "uczestniczący" "państwo"}} -> "uczestniczące".
export function countAdj(n: unknown, adjective: string, noun: unknown, c?: unknown): string {
  return countAdjective(quantityOf(n).value, adjective, countedNounOf(noun), caseOf(c));
}

// Builds a counted noun in a template: {{count 5 (nounForms "misja" "misje" "misji")}}; gender "m", "f", "n" or "personal".
export function nounForms(one: string, few: string, many: string, gender?: string): Record<string, unknown> {
  const noun: Record<string, unknown> = { one, few, many };
  if (gender === 'personal') noun.personal = true;
  else if (gender !== undefined && gender !== '') noun.gender = gender;
  countedNounOf(noun);
  return noun;
}

// Builds a verb in a template: {{verb (verbForms "gościć" "gości" "goszczą" "gości") office.name "past"}}; "perfective" last for a perfective verb.
export function verbForms(infinitive: string, sg: string, pl: string, pastStem: string, aspect?: string): Record<string, unknown> {
  const perfective = aspect === 'perfective';
  if (aspect !== undefined && aspect !== '' && !perfective) throw new TemplateDataError(message('helper.aspect', { value: describe(aspect) }));
  const verb = perfective ? { infinitive, future3sg: sg, future3pl: pl, pastStem } : { infinitive, present3sg: sg, present3pl: pl, pastStem };
  verbPhraseOf(verb);
  return verb;
}

// Treats an empty or missing argument as none.
function textOrUndefined(text: unknown): string | undefined {
  return typeof text === 'string' && text !== '' ? text : undefined;
}
