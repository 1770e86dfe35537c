// Reads a counted noun written in the data or a template: { one: misja, few: misje, many: misji }.

import type { NounForms } from './noun-forms.ts';
import { CASES, type Case, type Gender } from './types.ts';

/** A counted noun read from the data, or what is wrong with it. */
export type NounReading = { noun: NounForms; problem?: undefined } | { noun?: undefined; problem: string };

const KEYS = new Set(['one', 'few', 'many', 'other', 'gender', 'personal', 'sg', 'pl']);
const EXAMPLE = '{ one: misja, few: misje, many: misji }';

// Checks a counted noun from the data and returns it with its gender (stated, or guessed from `one`).
export function readCountedNoun(value: unknown): NounReading {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `A counted noun is written ${EXAMPLE}, found ${JSON.stringify(value)}.` };
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) {
    return { problem: `A counted noun has no field "${unknown[0]}"; its fields are ${[...KEYS].join(', ')}.` };
  }
  for (const key of ['one', 'few', 'many'] as const) {
    if (typeof record[key] !== 'string' || record[key] === '') {
      return { problem: `A counted noun needs "${key}" (${FORM_NAMES[key]}), as in ${EXAMPLE}.` };
    }
  }
  if (record.other !== undefined && typeof record.other !== 'string')
    return { problem: 'The "other" form of a counted noun (its genitive singular) must be text.' };
  if (record.gender !== undefined && record.gender !== 'm' && record.gender !== 'f' && record.gender !== 'n') {
    return { problem: `The gender of a counted noun is "m", "f" or "n", found ${JSON.stringify(record.gender)}.` };
  }
  if (record.personal !== undefined && typeof record.personal !== 'boolean') return { problem: 'The "personal" mark of a counted noun is true or false.' };
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

const FORM_NAMES = { one: 'the nominative singular', few: 'the nominative plural', many: 'the genitive plural' };

// Checks the `sg` or `pl` forms of a counted noun: case names with text.
function checkCaseForms(value: unknown, number: 'sg' | 'pl'): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `"${number}" of a counted noun holds case forms, as in ${number}: { inst: … }.`;
  for (const [key, form] of Object.entries(value)) {
    if (!CASES.includes(key as Case)) return `"${number}" of a counted noun holds the cases ${CASES.join(', ')}, found "${key}".`;
    if (typeof form !== 'string' || form === '') return `"${number}.${key}" of a counted noun must be text.`;
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
