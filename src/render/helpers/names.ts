// Helpers that name records: a case form, an acronym, a quoted title, an expansion.
import { checkArgument, describe } from './arguments.ts';
import { agreementOf, CASES, formOf, type Agreement, type Case, type NounPhrase } from '../../polish/index.ts';
import { originOf } from '../../diagnostics/origin.ts';
import { message, type Message } from '../../i18n/message.ts';
import { suggestion } from '../../validate/suggest.ts';
import { TemplateDataError } from '../template-error.ts';

/** What the naming helpers read from a body, project or country. */
interface Named {
  id?: string;
  name: NounPhrase;
  acronym?: string;
  title?: string;
  noun?: NounPhrase;
  parent?: Named;
}

// Returns a noun phrase in a case, or fails naming the phrase and the missing form.
export function form(phrase: NounPhrase | undefined, c: Case): string {
  if (!phrase || typeof phrase !== 'object') throw new TemplateDataError(message('helper.form-of', { value: describe(phrase) }));
  // a case left out, or one the grammar does not know, is the template's mistake, not a form missing from the data
  if (typeof c !== 'string') checkArgument('form', 1, 'case', c);
  if (!CASES.includes(c)) throw new TemplateDataError(message('helper.not-a-case', { value: String(c), cases: CASES.join(', '), hint: caseMeant(String(c)) }));
  const value = formOf(phrase, c);
  if (value === undefined) throw new TemplateDataError(message('helper.no-form', { phrase: phrase.nom, form: c }), originOf(phrase), c);
  return value;
}

/** The Polish names of the cases, by their start ("mian" for mianownik), and the case each is. */
const POLISH_CASES: [string, Case][] = [
  ['mian', 'nom'],
  ['dop', 'gen'],
  ['cel', 'dat'],
  ['bier', 'acc'],
  ['narz', 'inst'],
  ['miejsc', 'loc'],
];

// Returns " Did you mean "nom"?" for a Polish case name or a near miss of a case, or nothing.
function caseMeant(name: string): Message | '' {
  const polish = POLISH_CASES.find(([start]) => name.toLowerCase().startsWith(start))?.[1];
  return polish ? message('suggest.did-you-mean', { name: polish }) : suggestion(name, CASES);
}

// Returns the acronym, or the name in the case when there is none: "UNHCR", "Komendę Główną Policji".
export function label(record: Named, c: Case): string {
  return record.acronym ?? form(record.name, c);
}

// Returns the generic noun that refers back to a record ("projekt", "Agencja"), or its name.
export function nounOf(record: Named): NounPhrase {
  return record.noun ?? record.name;
}

// Returns how a sentence after a record's first mention names it: its noun ("Agencja"), else its acronym ("EASO", in
// every case, agreeing as its name does), else its name: {{cap (form (shortOf record) "nom")}} realizuje także ….
export function shortOf(record: Named): NounPhrase {
  if (record.noun) return record.noun;
  if (!record.acronym) return record.name;
  const { gender, number, personal } = record.name;
  const forms = Object.fromEntries(CASES.map((c) => [c, record.acronym])) as Record<Case, string>;
  return { ...forms, ...(gender ? { gender } : {}), ...(number ? { number } : {}), ...(personal ? { personal } : {}) };
}

// Returns the agreement features of a phrase, for helpers that agree with it.
export function agreementFor(subject: unknown): Agreement {
  if (subject === 'pl') return { gender: 'm', number: 'pl', personal: false };
  if (subject === 'm' || subject === 'f' || subject === 'n') return { gender: subject, number: 'sg', personal: false };
  if (subject && typeof subject === 'object' && 'gender' in subject && 'number' in subject && !('nom' in subject)) return subject as Agreement;
  if (subject && typeof subject === 'object' && 'nom' in subject) return agreementOf(subject as NounPhrase);
  throw new TemplateDataError(message('helper.agreement', { value: describe(subject) }));
}
