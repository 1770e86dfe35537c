import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import {
  CASES,
  NOUNS,
  countAdjective,
  countIn,
  countPhrase,
  countedSlot,
  formatQuantity,
  parseQuantity,
  readCountedNoun,
  type Bound,
  type Case,
  type NounForms,
} from '../../src/polish/index.ts';

// Reads a counted noun the way the data gives it.
function noun(forms: Record<string, unknown>): NounForms {
  const reading = readCountedNoun(forms);
  if (!reading.noun) throw new MessageError(reading.problem);
  return reading.noun;
}

const DZIEN_ROBOCZY = noun({ one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych', other: 'dnia roboczego' });
const KRAJ_KANDYDUJACY = noun({ one: 'kraj kandydujący', few: 'kraje kandydujące', many: 'krajów kandydujących' });
const PANSTWO_STOWARZYSZONE = noun({ one: 'państwo stowarzyszone', few: 'państwa stowarzyszone', many: 'państw stowarzyszonych' });

// n, then "państwo" in nom, gen, dat, acc, inst, loc
const PANSTWO: readonly [number, string, string, string, string, string, string][] = [
  [0, '0 państw', '0 państw', '0 państwom', '0 państw', '0 państwami', '0 państwach'],
  [1, '1 państwo', '1 państwa', '1 państwu', '1 państwo', '1 państwem', '1 państwie'],
  [2, '2 państwa', '2 państw', '2 państwom', '2 państwa', '2 państwami', '2 państwach'],
  [4, '4 państwa', '4 państw', '4 państwom', '4 państwa', '4 państwami', '4 państwach'],
  [5, '5 państw', '5 państw', '5 państwom', '5 państw', '5 państwami', '5 państwach'],
  [12, '12 państw', '12 państw', '12 państwom', '12 państw', '12 państwami', '12 państwach'],
  [21, '21 państw', '21 państw', '21 państwom', '21 państw', '21 państwami', '21 państwach'],
  [22, '22 państwa', '22 państw', '22 państwom', '22 państwa', '22 państwami', '22 państwach'],
  [24, '24 państwa', '24 państw', '24 państwom', '24 państwa', '24 państwami', '24 państwach'],
  [25, '25 państw', '25 państw', '25 państwom', '25 państw', '25 państwami', '25 państwach'],
  [101, '101 państw', '101 państw', '101 państwom', '101 państw', '101 państwami', '101 państwach'],
  [112, '112 państw', '112 państw', '112 państwom', '112 państw', '112 państwami', '112 państwach'],
  [122, '122 państwa', '122 państw', '122 państwom', '122 państwa', '122 państwami', '122 państwach'],
  [1.5, '1,5 państwa', '1,5 państwa', '1,5 państwa', '1,5 państwa', '1,5 państwa', '1,5 państwa'],
  [2000, '2000 państw', '2000 państw', '2000 państw', '2000 państw', '2000 państw', '2000 państw'],
];

describe('countIn: "państwo" in every case at every numeral boundary', () => {
  it.each(PANSTWO)('%s', (n, ...forms) => {
    expect(CASES.map((c) => countIn(n, NOUNS.państwo, c))).toEqual(forms);
  });
});

describe('countIn: a masculine-personal noun in every case', () => {
  it.each([
    [1, '1 przedstawiciel', '1 przedstawiciela', '1 przedstawicielowi', '1 przedstawiciela', '1 przedstawicielem', '1 przedstawicielu'],
    [2, '2 przedstawicieli', '2 przedstawicieli', '2 przedstawicielom', '2 przedstawicieli', '2 przedstawicielami', '2 przedstawicielach'],
    [5, '5 przedstawicieli', '5 przedstawicieli', '5 przedstawicielom', '5 przedstawicieli', '5 przedstawicielami', '5 przedstawicielach'],
    [22, '22 przedstawicieli', '22 przedstawicieli', '22 przedstawicielom', '22 przedstawicieli', '22 przedstawicielami', '22 przedstawicielach'],
  ] as const)('%s', (n, ...forms) => {
    expect(CASES.map((c) => countIn(n, NOUNS.przedstawiciel, c))).toEqual(forms);
  });
});

describe('countIn in words', () => {
  it.each([
    [3, KRAJ_KANDYDUJACY, 'gen', 'trzech krajów kandydujących'],
    [2, PANSTWO_STOWARZYSZONE, 'gen', 'dwóch państw stowarzyszonych'],
    [2, NOUNS.państwo, 'dat', 'dwóm państwom'],
    [2, NOUNS.państwo, 'inst', 'dwoma państwami'],
    [5, NOUNS.państwo, 'loc', 'pięciu państwach'],
    [2, NOUNS.państwo, 'nom', 'dwa państwa'],
    [2, NOUNS.organizacja, 'nom', 'dwie organizacje'],
    [2, NOUNS.organizacja, 'inst', 'dwiema organizacjami'],
    [2, NOUNS.przedstawiciel, 'nom', 'dwóch przedstawicieli'],
    [2, NOUNS.przedstawiciel, 'inst', 'dwoma przedstawicielami'],
    [4, NOUNS.ekspert, 'dat', 'czterem ekspertom'],
    [1, NOUNS.państwo, 'nom', 'jedno państwo'],
    [1, NOUNS.organizacja, 'acc', 'jedną organizację'],
    [1, NOUNS.przedstawiciel, 'acc', 'jednego przedstawiciela'],
    [1, NOUNS.projekt, 'inst', 'jednym projektem'],
    [12, NOUNS.osoba, 'gen', 'dwunastu osób'],
    [21, NOUNS.państwo, 'nom', 'dwadzieścia jeden państw'],
    [22, NOUNS.państwo, 'nom', 'dwadzieścia dwa państwa'],
    [22, NOUNS.przedstawiciel, 'nom', 'dwudziestu dwóch przedstawicieli'],
    [27, NOUNS.państwo, 'gen', 'dwudziestu siedmiu państw'],
    [101, NOUNS.państwo, 'nom', 'sto jeden państw'],
    [1000, NOUNS.osoba, 'inst', 'tysiącem osób'],
    [2000, NOUNS.osoba, 'nom', 'dwa tysiące osób'],
    [0, NOUNS.państwo, 'nom', '0 państw'],
    [1.5, NOUNS.rok, 'nom', '1,5 roku'],
    [1_000_000, NOUNS.osoba, 'nom', '1\u00A0000\u00A0000 osób'],
  ] as const)('%s %s (%s) → "%s"', (n, forms, c, expected) => {
    expect(countIn(n, forms, c, { words: true })).toBe(expected);
  });
});

describe('countIn with an adjective agreeing with the count', () => {
  // n, noun, adjective, then nom, gen, dat, acc, inst, loc
  it.each([
    [
      1,
      NOUNS.państwo,
      'uczestniczący',
      '1 państwo uczestniczące',
      '1 państwa uczestniczącego',
      '1 państwu uczestniczącemu',
      '1 państwo uczestniczące',
      '1 państwem uczestniczącym',
      '1 państwie uczestniczącym',
    ],
    [
      2,
      NOUNS.państwo,
      'uczestniczący',
      '2 państwa uczestniczące',
      '2 państw uczestniczących',
      '2 państwom uczestniczącym',
      '2 państwa uczestniczące',
      '2 państwami uczestniczącymi',
      '2 państwach uczestniczących',
    ],
    [
      17,
      NOUNS.państwo,
      'uczestniczący',
      '17 państw uczestniczących',
      '17 państw uczestniczących',
      '17 państwom uczestniczącym',
      '17 państw uczestniczących',
      '17 państwami uczestniczącymi',
      '17 państwach uczestniczących',
    ],
    [
      22,
      NOUNS.państwo,
      'członkowski',
      '22 państwa członkowskie',
      '22 państw członkowskich',
      '22 państwom członkowskim',
      '22 państwa członkowskie',
      '22 państwami członkowskimi',
      '22 państwach członkowskich',
    ],
    [
      1,
      NOUNS.organizacja,
      'pozarządowy',
      '1 organizacja pozarządowa',
      '1 organizacji pozarządowej',
      '1 organizacji pozarządowej',
      '1 organizację pozarządową',
      '1 organizacją pozarządową',
      '1 organizacji pozarządowej',
    ],
    [
      3,
      NOUNS.ekspert,
      'polski',
      '3 ekspertów polskich',
      '3 ekspertów polskich',
      '3 ekspertom polskim',
      '3 ekspertów polskich',
      '3 ekspertami polskimi',
      '3 ekspertach polskich',
    ],
    [
      1,
      NOUNS.ekspert,
      'polski',
      '1 ekspert polski',
      '1 eksperta polskiego',
      '1 ekspertowi polskiemu',
      '1 eksperta polskiego',
      '1 ekspertem polskim',
      '1 ekspercie polskim',
    ],
    [
      1.5,
      NOUNS.rok,
      'kalendarzowy',
      '1,5 roku kalendarzowego',
      '1,5 roku kalendarzowego',
      '1,5 roku kalendarzowego',
      '1,5 roku kalendarzowego',
      '1,5 roku kalendarzowego',
      '1,5 roku kalendarzowego',
    ],
  ] as const)('%s %s %s', (n, forms, adjective, ...expected) => {
    expect(CASES.map((c) => countIn(n, forms, c, { adjective }))).toEqual(expected);
  });

  it.each([
    [1, 'nom', 'uczestniczące'],
    [2, 'nom', 'uczestniczące'],
    [5, 'nom', 'uczestniczących'],
    [22, 'acc', 'uczestniczące'],
    [2, 'inst', 'uczestniczącymi'],
    [1, 'loc', 'uczestniczącym'],
  ] as const)('countAdjective %s państwo (%s) → "%s"', (n, c, expected) => {
    expect(countAdjective(n, 'uczestniczący', NOUNS.państwo, c)).toBe(expected);
  });
});

describe('countIn: approximate counts and bounds', () => {
  it.each([
    ['about', parseQuantity('4,5 tys.')!, DZIEN_ROBOCZY, 'nom', false, 'ok. 4,5 tys. dni roboczych'],
    ['about', parseQuantity('4,5 tys.')!, DZIEN_ROBOCZY, 'inst', false, 'ok. 4,5 tys. dni roboczych'],
    ['about', 3, NOUNS.państwo, 'nom', false, 'ok. 3 państw'],
    ['about', 3, NOUNS.państwo, 'nom', true, 'około trzech państw'],
    ['about', 20, NOUNS.państwo, 'loc', false, 'ok. 20 państwach'],
    ['over', 100, NOUNS.misja, 'nom', false, 'ponad 100 misji'],
    ['over', 3, NOUNS.misja, 'nom', false, 'ponad 3 misje'],
    ['over', 100, NOUNS.misja, 'loc', false, 'ponad 100 misjach'],
    ['nearly', 50, undefined, 'nom', false, 'blisko 50'],
    ['almost', 2, NOUNS.organizacja, 'nom', true, 'prawie dwie organizacje'],
    ['atLeast', 3, undefined, 'nom', false, 'co najmniej 3'],
    ['atLeast', 3, NOUNS.ekspert, 'nom', true, 'co najmniej trzech ekspertów'],
    ['atMost', 1.5, NOUNS.dzień, 'nom', false, 'co najwyżej 1,5 dnia'],
    ['about', parseQuantity('1,2 mln')!, NOUNS.osoba, 'gen', true, 'ok. 1,2 mln osób'],
  ] as const)('%s, case #%#', (bound, quantity, forms, c, words, expected) => {
    expect(countIn(quantity, forms, c, { bound: bound as Bound, words })).toBe(expected);
  });
});

describe('quantities', () => {
  it.each([
    ['4,5 tys.', { value: 4500, scale: 'tys.' }, '4,5 tys.'],
    ['10 tys.', { value: 10000, scale: 'tys.' }, '10 tys.'],
    ['1,25 tys.', { value: 1250, scale: 'tys.' }, '1,25 tys.'],
    ['1,2 mln', { value: 1200000, scale: 'mln' }, '1,2 mln'],
    ['4500', { value: 4500 }, '4500'],
    ['15 000', { value: 15000 }, '15\u00A0000'],
    ['15\u00A0000', { value: 15000 }, '15\u00A0000'],
    ['2,5', { value: 2.5 }, '2,5'],
  ])('"%s" reads as %o and writes "%s"', (text, quantity, written) => {
    expect(parseQuantity(text)).toEqual(quantity);
    expect(formatQuantity(quantity as never)).toBe(written);
  });

  it.each(['', 'około 5', '4.5', '4,5 tysięcy', '15 00', 'tys.', '-3'])('"%s" is not a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});

describe('countedSlot', () => {
  it.each([
    [1, 'acc', false, false, { number: 'sg', case: 'acc' }],
    [3, 'nom', false, false, { number: 'pl', case: 'nom' }],
    [3, 'acc', false, false, { number: 'pl', case: 'acc' }],
    [3, 'nom', true, false, { number: 'pl', case: 'gen' }],
    [13, 'nom', false, false, { number: 'pl', case: 'gen' }],
    [13, 'dat', false, false, { number: 'pl', case: 'dat' }],
    [2.5, 'inst', false, false, { number: 'sg', case: 'gen' }],
    [4500, 'inst', false, true, { number: 'pl', case: 'gen' }],
    [3000, 'loc', false, false, { number: 'pl', case: 'gen' }],
    [3001, 'loc', false, false, { number: 'pl', case: 'loc' }],
  ] as const)('%s (%s, personal %s, scaled %s)', (n, c, personal, scaled, expected) => {
    expect(countedSlot(n, c as Case, personal, scaled)).toEqual(expected);
  });
});

describe('countIn in the nominative is countPhrase', () => {
  it('agrees for every noun of the lexicon from 0 to 2500 and at fractions', () => {
    const numbers = [...Array.from({ length: 2501 }, (_, i) => i), 0.5, 1.5, 2.25, 12.5];
    for (const forms of Object.values(NOUNS)) {
      for (const n of numbers) expect(countIn(n, forms, 'nom')).toBe(countPhrase(n, forms));
    }
  });
});
