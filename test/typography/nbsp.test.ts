// One-letter words, numbers and abbreviations keep the next word on their line.

import { describe, expect, it } from 'vitest';
import { typographText } from '../../src/typography/index.ts';
import { bindShortWords } from '../../src/typography/nbsp.ts';
import { testCases } from './cases.ts';

testCases('one-letter words', typographText, [
  { input: 'w Radzie', expected: 'w\u00a0Radzie' },
  { input: 'Urząd i UNHCR', expected: 'Urząd i\u00a0UNHCR' },
  { input: 'W ramach współpracy', expected: 'W\u00a0ramach współpracy' },
  { input: 'grup (w komponencie)', expected: 'grup (w\u00a0komponencie)' },
  { input: 'program „O nas” i „Z bliska”', expected: 'program „O\u00a0nas” i\u00a0„Z\u00a0bliska”' },
  { input: 'ale i w Radzie', expected: 'ale i\u00a0w\u00a0Radzie' },
  { input: 'Komitety, a także grupy', expected: 'Komitety, a\u00a0także grupy' },
  { input: 'sprawa wiz oraz azylu', expected: 'sprawa wiz oraz azylu' },
  { input: 'spółka z o.o. oraz inne', expected: 'spółka z\u00a0o.o. oraz inne' },
  { input: 'nie wiadomo w', expected: 'nie wiadomo w' },
  { input: 'Urząd w\nWarszawie', expected: 'Urząd w\u00a0Warszawie' },
]);

testCases('one-letter words, rule alone', bindShortWords, [
  { input: 'u partnerów', expected: 'u\u00a0partnerów' },
  { input: 'pkt a i b', expected: 'pkt a\u00a0i\u00a0b' },
  { input: 'XX w. i dalej', expected: 'XX w. i\u00a0dalej' },
]);

testCases('numbers', typographText, [
  { input: '2010 r.', expected: '2010\u00a0r.' },
  { input: '15 tys. osób', expected: '15\u00a0tys. osób' },
  { input: 'wchodzi 15 państw', expected: 'wchodzi 15\u00a0państw' },
  { input: '1 grudnia 2010 r.', expected: '1\u00a0grudnia 2010\u00a0r.' },
  { input: 'dwa razy do roku', expected: 'dwa razy do roku' },
  { input: 'Od grudnia 2010r. Urząd', expected: 'Od grudnia 2010\u00a0r. Urząd' },
  { input: 'kwota 5mln zł', expected: 'kwota 5\u00a0mln zł' },
  { input: 'na lata 2010-2013r.', expected: 'na lata 2010–2013\u00a0r.' },
  { input: 'art. 5a ust. 2', expected: 'art.\u00a05a ust.\u00a02' },
  { input: 'grupa G6 państw', expected: 'grupa G6 państw' },
  { input: '1,5 mln', expected: '1,5\u00a0mln' },
]);

testCases('abbreviations', typographText, [
  { input: 'Centrum Pomocy Prawnej im. Haliny Nieć', expected: 'Centrum Pomocy Prawnej im.\u00a0Haliny Nieć' },
  { input: 'Agencja ds. Azylu', expected: 'Agencja ds.\u00a0Azylu' },
  { input: 'nr 5, Nr 6', expected: 'nr\u00a05, Nr\u00a06' },
  { input: 'grupy, np. SCIFA', expected: 'grupy, np.\u00a0SCIFA' },
  { input: 'rola tzw. „alternate”', expected: 'rola tzw.\u00a0„alternate”' },
  {
    input: 'ul. Koszykowa, prof. Nowak, dr Kowalska',
    expected: 'ul.\u00a0Koszykowa, prof.\u00a0Nowak, dr\u00a0Kowalska',
  },
  { input: 'kadr ministerstwa', expected: 'kadr ministerstwa' },
]);

// Each digit of a long number is read once: a pattern that looked behind a number after reading it whole read the rest
// of the number again from each of its digits, and 200,000 digits took a minute.
describe('a number of 500,000 digits', () => {
  const digits = '7'.repeat(500_000);
  it.each([
    ['alone', digits, digits],
    ['typed against "r."', `${digits}r.`, `${digits}\u00a0r.`],
    ['before a word', `${digits} państw`, `${digits}\u00a0państw`],
    ['after a letter, and before a word', `a${digits} państw`, `a${digits} państw`],
  ])('%s', (_what, input, expected) => {
    expect(typographText(input)).toBe(expected);
  });
});
