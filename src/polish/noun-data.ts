// Reads a counted noun written in the data or a template: { one: misja, few: misje, many: misji }.

import { message, type Message } from '../i18n/message.ts';
import { shownValue } from './shown.ts';
import type { NounForms } from './noun-forms.ts';
import { NOUNS } from './numerals.ts';
import { CASES, type Case, type Gender } from './types.ts';

/** A counted noun read from the data, or what is wrong with it. */
export type NounReading = { noun: NounForms; problem?: undefined } | { noun?: undefined; problem: Message };

const KEYS = new Set(['one', 'few', 'many', 'other', 'gender', 'personal', 'sg', 'pl']);
const EXAMPLE = '{ one: misja, few: misje, many: misji }';

// Reads a counted noun: a word of the lexicon ("państwo"), or its forms from the data; `hint` words a suggestion for
// a word the lexicon lacks ("Did you mean …?"). Validation and the templates read a counted noun by this alone.
export function readNoun(value: unknown, hint: (word: string, known: string[]) => Message | ''): NounReading {
  if (typeof value !== 'string') return readCountedNoun(value);
  if (Object.hasOwn(NOUNS, value)) return { noun: (NOUNS as Record<string, NounForms>)[value]! };
  const known = Object.keys(NOUNS);
  return { problem: message('helper.unknown-noun', { noun: value, hint: hint(value, known), nouns: known.join(', ') }) };
}

// Checks a counted noun from the data and returns it with its gender (stated, or guessed from `one`).
export function readCountedNoun(value: unknown): NounReading {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: message('noun.written', { example: EXAMPLE, value: shownValue(value) }) };
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) {
    return { problem: message('noun.unknown-field', { field: unknown[0]!, fields: [...KEYS].join(', ') }) };
  }
  for (const key of ['one', 'few', 'many'] as const) {
    if (typeof record[key] !== 'string' || record[key] === '') {
      return { problem: message('noun.needs', { key, example: EXAMPLE }) };
    }
  }
  if (record.other !== undefined && typeof record.other !== 'string') return { problem: message('noun.other') };
  if (record.gender !== undefined && record.gender !== 'm' && record.gender !== 'f' && record.gender !== 'n') {
    return { problem: message('noun.gender', { value: shownValue(record.gender) }) };
  }
  if (record.personal !== undefined && typeof record.personal !== 'boolean') return { problem: message('noun.personal') };
  for (const number of ['sg', 'pl'] as const) {
    const problem = checkCaseForms(record[number], number);
    if (problem) return { problem };
  }
  const one = record.one as string;
  const personal = record.personal === true;
  const noun: NounForms = {
    one,
    few: record.few as string,
    many: record.many as string,
    gender: personal ? 'm' : ((record.gender as Gender | undefined) ?? genderOf(one)),
  };
  if (record.other !== undefined) noun.other = record.other as string;
  if (personal) noun.personal = true;
  if (record.sg !== undefined) noun.sg = record.sg as NounForms['sg'];
  if (record.pl !== undefined) noun.pl = record.pl as NounForms['pl'];
  return { noun };
}

// Checks the `sg` or `pl` forms of a counted noun: case names with text.
function checkCaseForms(value: unknown, number: 'sg' | 'pl'): Message | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return message('noun.case-forms', { number });
  for (const [key, form] of Object.entries(value)) {
    if (!CASES.includes(key as Case)) return message('noun.cases', { number, cases: CASES.join(', '), key });
    if (typeof form !== 'string' || form === '') return message('noun.case-text', { number, key });
  }
  return undefined;
}

// Guesses the gender from the first word of the nominative singular: -a feminine, -o, -e, -ę, -um neuter, else masculine.
export function genderOf(one: string): Gender {
  const word = one.split(' ')[0] ?? one;
  if (word.endsWith('a')) return 'f';
  if (['o', 'e', 'ę', 'um'].some((ending) => word.endsWith(ending))) return 'n';
  return 'm';
}
