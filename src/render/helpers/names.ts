// Helpers that name records: a case form, an acronym, a quoted title, an expansion.
import { agreementOf, CASES, formOf, type Agreement, type Case, type NounPhrase } from '../../polish/index.ts';
import { originOf } from '../../diagnostics/origin.ts';
import { t } from '../../i18n/translate.ts';
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
  if (!phrase || typeof phrase !== 'object') throw new TemplateDataError(t('helper.form-of', { value: String(phrase) }));
  // a case the grammar does not know is the template's mistake, not a form missing from the data
  if (!CASES.includes(c)) throw new TemplateDataError(t('helper.not-a-case', { value: String(c), cases: CASES.join(', '), hint: caseMeant(String(c)) }));
  const value = formOf(phrase, c);
  if (value === undefined) throw new TemplateDataError(t('helper.no-form', { phrase: phrase.nom, form: c }), originOf(phrase), c);
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
function caseMeant(name: string): string {
  const polish = POLISH_CASES.find(([start]) => name.toLowerCase().startsWith(start))?.[1];
  return polish ? t('suggest.did-you-mean', { name: polish }) : suggestion(name, CASES);
}

// Returns the acronym, or the name in the case when there is none: "UNHCR", "Komendę Główną Policji".
export function label(record: Named, c: Case): string {
  return record.acronym ?? form(record.name, c);
}

/** The records whose acronym a section has introduced with their full name. A section renders a view of its own (a
 * fresh proxy of each record, ./escape.ts), so a record is introduced once per section. */
const introduced = new WeakSet<object>();

// Returns the name in the case followed by the acronym in brackets, "Centralną Agencję ds. Azylu (COA)", the first
// time the section names the record; after that, the acronym alone.
export function named(record: Named, c: Case): string {
  if (!record.acronym) return form(record.name, c);
  if (introduced.has(record)) return record.acronym;
  introduced.add(record);
  return `${form(record.name, c)} (${record.acronym})`;
}

// Returns the quoted original title with the acronym, or else the named form: "„European Network …” (ENARO)".
export function titled(record: Named, c: Case): string {
  if (!record.title) return named(record, c);
  if (record.acronym && introduced.has(record)) return record.acronym;
  if (record.acronym) introduced.add(record);
  return record.acronym ? `„${record.title}” (${record.acronym})` : `„${record.title}”`;
}

// Returns " (full name)" when the record's name uses its parent's acronym: "Grupa Sterująca GDISC (Konferencja …)".
export function expansion(record: Named): string {
  const parent = record.parent;
  if (!parent?.acronym || !new RegExp(`\\b${escapeRegExp(parent.acronym)}\\b`).test(record.name.nom)) return '';
  return ` (${parent.name.nom})`;
}

// Returns the generic noun that refers back to a record ("projekt", "Agencja"), or its name.
export function nounOf(record: Named): NounPhrase {
  return record.noun ?? record.name;
}

// Returns the agreement features of a phrase, for helpers that agree with it.
export function agreementFor(subject: unknown): Agreement {
  if (subject === 'pl') return { gender: 'm', number: 'pl', personal: false };
  if (subject === 'm' || subject === 'f' || subject === 'n') return { gender: subject, number: 'sg', personal: false };
  if (subject && typeof subject === 'object' && 'gender' in subject && 'number' in subject && !('nom' in subject)) return subject as Agreement;
  if (subject && typeof subject === 'object' && 'nom' in subject) return agreementOf(subject as NounPhrase);
  throw new TemplateDataError(t('helper.agreement', { value: String(JSON.stringify(subject)) }));
}

// Escapes a string for use inside a regular expression.
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
