// Every word the verb and noun lexicons and the numerals can write passes a Polish spell-checker: no typo hides in a table.
import dictionary from 'dictionary-pl';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, NOUNS, VERBS, cardinal, conjugate, countIn, type Agreement, type Tense } from '../../src/polish/index.ts';

const AGREEMENTS: Agreement[] = [
  { gender: 'm', number: 'sg' },
  { gender: 'f', number: 'sg' },
  { gender: 'n', number: 'sg' },
  { gender: 'm', number: 'pl', personal: true },
  { gender: 'f', number: 'pl' },
];

// Splits phrases into the set of their words, leaving out numbers.
function wordsOf(phrases: string[]): string[] {
  return [...new Set(phrases.flatMap((phrase) => phrase.split(' ')))].filter((word) => !/^[\d,\u00A0]+$/.test(word));
}

describe('the lexicons against the Polish dictionary', () => {
  let spell: ReturnType<typeof nspell>;
  beforeAll(() => {
    spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  }, 120_000);

  it('knows every form of every verb', () => {
    const forms = Object.entries(VERBS).flatMap(([infinitive, verb]) => {
      const tenses: Tense[] = verb.perfective ? ['past', 'future'] : ['present', 'past', 'future'];
      return [infinitive, ...tenses.flatMap((tense) => AGREEMENTS.map((a) => conjugate(verb, tense, a)))];
    });
    const words = wordsOf(forms);
    expect(words.length).toBeGreaterThan(600);
    expect(words.filter((word) => !spell.correct(word))).toEqual([]);
  });

  it('knows every case form of every counted noun, after 1, 2 and 5, in digits and in words', () => {
    const forms = Object.values(NOUNS).flatMap((noun) => [1, 2, 5, 1.5].flatMap((n) => CASES.flatMap((c) => [countIn(n, noun, c), countIn(n, noun, c, { words: true })])));
    const words = wordsOf(forms);
    expect(words.length).toBeGreaterThan(200);
    expect(words.filter((word) => !spell.correct(word))).toEqual([]);
  });

  it('knows every numeral word from 1 to 999 in every case and class, and the thousands', () => {
    const numbers = [...Array.from({ length: 999 }, (_, i) => i + 1), 1000, 2000, 5000, 22000];
    const forms = numbers.flatMap((n) => CASES.flatMap((c) => (['m', 'f', 'n', 'personal'] as const).map((k) => cardinal(n, c, k))));
    const words = wordsOf(forms);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((word) => !spell.correct(word))).toEqual([]);
  });
});
