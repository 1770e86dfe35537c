// Verb phrases ("wziąć udział", "składać się") from the lexicon, or with their forms written in the data.

import { isMessage, message, type Message } from '../i18n/message.ts';
import { shownValue } from './shown.ts';
import type { Agreement, Tense } from './types.ts';
import { conjugate, VERBS, type VerbForms } from './verbs.ts';

/** A verb and the words that follow it in every form ("udział", "się"). */
export interface VerbPhrase {
  forms: VerbForms;
  rest: string;
}

/** A verb read from the data, or what is wrong with it. */
export type VerbReading = { verb: VerbPhrase; problem?: undefined } | { verb?: undefined; problem: Message };

const KEYS = new Set(['infinitive', 'present3sg', 'present3pl', 'future3sg', 'future3pl', 'pastStem', 'pastStemPersonal', 'past']);
const PAST_KEYS = ['m', 'f', 'n', 'plPersonal', 'plOther'] as const;
const EXAMPLE = '{ infinitive: gościć, present3sg: gości, present3pl: goszczą, pastStem: gości }';

// Looks a verb phrase up in the lexicon by its first word: "wziąć udział" -> wziąć + "udział"; undefined when unknown.
export function lexiconVerb(phrase: string): VerbPhrase | undefined {
  const [infinitive = '', ...rest] = phrase.trim().split(/\s+/);
  const forms = (VERBS as Record<string, VerbForms>)[infinitive];
  return forms === undefined ? undefined : { forms, rest: rest.join(' ') };
}

// Returns the verb phrase's third-person form agreeing with its subject: "wziął udział", "składa się".
export function conjugatePhrase(verb: VerbPhrase, tense: Tense, agreement: Agreement): string {
  const form = conjugate(verb.forms, tense, agreement);
  return verb.rest === '' ? form : `${form} ${verb.rest}`;
}

/**
 * Reads a verb written in the data. An imperfective verb gives `present3sg` and `present3pl`, a perfective one
 * `future3sg` and `future3pl` (it has no present); both give the past as `pastStem`, the stem before "-ł"
 * ("gości" -> gościł, gościła, gościli), with `pastStemPersonal` where the stem before "-li" differs
 * ("mie": mieli), or every past form in `past`. Words after the first in `infinitive` follow every form
 * ("składać się" -> "składa się"); an imperfective verb's future needs its `infinitive` ("będzie gościć").
 */
export function readVerb(value: unknown): VerbReading {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { problem: message('verb.written', { example: EXAMPLE, value: shownValue(value) }) };
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) return { problem: message('verb.unknown-field', { field: unknown[0]!, fields: [...KEYS].join(', ') }) };
  for (const key of KEYS) {
    if (key !== 'past' && record[key] !== undefined && (typeof record[key] !== 'string' || record[key] === ''))
      return { problem: message('verb.text', { key }) };
  }
  const present = record.present3sg !== undefined || record.present3pl !== undefined;
  const future = record.future3sg !== undefined || record.future3pl !== undefined;
  if (present === future) return { problem: message('verb.aspect', { example: EXAMPLE }) };
  const [sg, pl] = present ? [record.present3sg, record.present3pl] : [record.future3sg, record.future3pl];
  if (sg === undefined || pl === undefined) return { problem: message('verb.both', { tense: present ? 'present' : 'future' }) };
  const past = pastOf(record);
  if (isMessage(past)) return { problem: past };
  const [verbWord = '', ...rest] = typeof record.infinitive === 'string' ? record.infinitive.trim().split(/\s+/) : [];
  const forms: VerbForms = { pres3sg: sg as string, pres3pl: pl as string, past };
  if (future) forms.perfective = true;
  if (verbWord !== '') forms.infinitive = verbWord;
  return { verb: { forms, rest: rest.join(' ') } };
}

// Returns the past forms of a verb in the data (from `pastStem` or `past`), or what is wrong.
function pastOf(record: Record<string, unknown>): VerbForms['past'] | Message {
  if (record.past !== undefined) {
    if (record.pastStem !== undefined) return message('verb.past-twice');
    const past = record.past as Record<string, unknown> | null;
    const missing = PAST_KEYS.filter((key) => typeof past?.[key] !== 'string' || past[key] === '');
    if (typeof past !== 'object' || past === null || missing.length > 0)
      return message('verb.past-forms', { keys: PAST_KEYS.join(', '), missing: missing.length ? missing.join(', ') : 'none' });
    return { m: past.m as string, f: past.f as string, n: past.n as string, plPersonal: past.plPersonal as string, plOther: past.plOther as string };
  }
  if (typeof record.pastStem !== 'string') return message('verb.past-stem');
  const stem = record.pastStem;
  const personal = typeof record.pastStemPersonal === 'string' ? record.pastStemPersonal : stem;
  return { m: `${stem}ł`, f: `${stem}ła`, n: `${stem}ło`, plPersonal: `${personal}li`, plOther: `${stem}ły` };
}
