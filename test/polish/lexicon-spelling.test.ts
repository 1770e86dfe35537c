// Every word the verb and noun lexicons and the numerals can write passes a Polish spell-checker: no typo hides in a table.
import { beforeAll, describe, expect, it } from 'vitest';
import { CASES, NOUNS, VERBS, cardinal, conjugate, countIn, type Agreement, type Tense } from '../../src/polish/index.ts';
import { spellCheckerFor } from '../support/spelling.ts';

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

/** Every form of every verb. */
const VERB_WORDS = wordsOf(
  Object.entries(VERBS).flatMap(([infinitive, verb]) => {
    const tenses: Tense[] = verb.perfective ? ['past', 'future'] : ['present', 'past', 'future'];
    return [infinitive, ...tenses.flatMap((tense) => AGREEMENTS.map((a) => conjugate(verb, tense, a)))];
  }),
);
/** Every case form of every counted noun, after 1, 2 and 5, in digits and in words. */
const NOUN_WORDS = wordsOf(
  Object.values(NOUNS).flatMap((noun) => [1, 2, 5, 1.5].flatMap((n) => CASES.flatMap((c) => [countIn(n, noun, c), countIn(n, noun, c, { words: true })]))),
);
/** Every numeral word from 1 to 999 in every case and class, and the thousands. */
const NUMERAL_WORDS = wordsOf(
  [...Array.from({ length: 999 }, (_, i) => i + 1), 1000, 2000, 5000, 22000].flatMap((n) =>
    CASES.flatMap((c) => (['m', 'f', 'n', 'personal'] as const).map((k) => cardinal(n, c, k))),
  ),
);

describe('the lexicons against the Polish dictionary', () => {
  let spell: ReturnType<typeof spellCheckerFor>;
  // the dictionary cut down to these words once (test/support/spelling.ts)
  beforeAll(() => {
    spell = spellCheckerFor([...VERB_WORDS, ...NOUN_WORDS, ...NUMERAL_WORDS]);
  }, 120_000);

  it('knows every form of every verb', () => {
    expect(VERB_WORDS.length).toBeGreaterThan(600);
    expect(VERB_WORDS.filter((word) => !spell.correct(word))).toEqual([]);
  });

  it('knows every case form of every counted noun, after 1, 2 and 5, in digits and in words', () => {
    expect(NOUN_WORDS.length).toBeGreaterThan(200);
    expect(NOUN_WORDS.filter((word) => !spell.correct(word))).toEqual([]);
  });

  it('knows every numeral word from 1 to 999 in every case and class, and the thousands', () => {
    expect(NUMERAL_WORDS.length).toBeGreaterThan(100);
    expect(NUMERAL_WORDS.filter((word) => !spell.correct(word))).toEqual([]);
  });
});
