import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import { thrown } from '../support/messages.ts';
import { NOUNS, VERBS, countNoun, countPhrase, countVerb, formatNumber, pluralCategory, timesWord } from '../../src/polish/index.ts';

describe('pluralCategory', () => {
  it.each([
    [0, 'many'],
    [1, 'one'],
    [2, 'few'],
    [4, 'few'],
    [5, 'many'],
    [12, 'many'],
    [22, 'few'],
    [112, 'many'],
    [1.5, 'other'],
  ] as const)('%s is %s', (n, expected) => {
    expect(pluralCategory(n)).toBe(expected);
  });
});

describe('countPhrase at every numeral boundary', () => {
  it.each([
    [0, '0 państw', '0 lat'],
    [1, '1 państwo', '1 rok'],
    [2, '2 państwa', '2 lata'],
    [4, '4 państwa', '4 lata'],
    [5, '5 państw', '5 lat'],
    [11, '11 państw', '11 lat'],
    [12, '12 państw', '12 lat'],
    [13, '13 państw', '13 lat'],
    [14, '14 państw', '14 lat'],
    [21, '21 państw', '21 lat'],
    [22, '22 państwa', '22 lata'],
    [25, '25 państw', '25 lat'],
    [101, '101 państw', '101 lat'],
    [102, '102 państwa', '102 lata'],
    [112, '112 państw', '112 lat'],
    [122, '122 państwa', '122 lata'],
    [1.5, '1,5 państwa', '1,5 roku'],
  ])('%s → "%s", "%s"', (n, country, year) => {
    expect(countPhrase(n, NOUNS.państwo)).toBe(country);
    expect(countPhrase(n, NOUNS.rok)).toBe(year);
  });
});

describe('countPhrase with other nouns', () => {
  it.each([
    [1, 'przedstawiciel', '1 przedstawiciel'],
    [2, 'przedstawiciel', '2 przedstawicieli'],
    [4, 'przedstawiciel', '4 przedstawicieli'],
    [5, 'przedstawiciel', '5 przedstawicieli'],
    [22, 'przedstawiciel', '22 przedstawicieli'],
    [1.5, 'przedstawiciel', '1,5 przedstawiciela'],
    [1, 'pracownik', '1 pracownik'],
    [3, 'pracownik', '3 pracowników'],
    [2, 'grupa', '2 grupy'],
    [5, 'grupa', '5 grup'],
    [2, 'osoba', '2 osoby'],
    [12, 'osoba', '12 osób'],
    [3, 'organizacja', '3 organizacje'],
    [7, 'organizacja', '7 organizacji'],
    [2, 'miesiąc', '2 miesiące'],
    [6, 'miesiąc', '6 miesięcy'],
    [3, 'projekt', '3 projekty'],
    [12, 'projekt', '12 projektów'],
    [1, 'raz', '1 raz'],
    [3, 'raz', '3 razy'],
    [15000, 'osoba', '15\u00A0000 osób'],
  ] as const)('%s %s → "%s"', (n, noun, expected) => {
    expect(countPhrase(n, NOUNS[noun])).toBe(expected);
  });

  it('keeps the nominative plural of a personal noun for its own use', () => {
    expect(NOUNS.przedstawiciel.few).toBe('przedstawiciele');
    expect(countNoun(3, NOUNS.przedstawiciel)).toBe('przedstawicieli');
  });
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [5000, '5000'],
    [9999, '9999'],
    [10000, '10\u00A0000'],
    [15000, '15\u00A0000'],
    [1234567, '1\u00A0234\u00A0567'],
    [1.5, '1,5'],
    [0.25, '0,25'],
    [12345.5, '12\u00A0345,5'],
    [-3, '-3'],
  ])('%s → "%s"', (n, expected) => {
    expect(formatNumber(n)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e21])('refuses %s', (n) => {
    expect(() => formatNumber(n)).toThrow(MessageError);
  });
});

describe('countVerb', () => {
  it.each([
    [15, 'wchodzić', 'present', 'państwo', 'wchodzi'],
    [2, 'wchodzić', 'present', 'państwo', 'wchodzą'],
    [22, 'wchodzić', 'present', 'państwo', 'wchodzą'],
    [1, 'wchodzić', 'present', 'państwo', 'wchodzi'],
    [12, 'wchodzić', 'present', 'państwo', 'wchodzi'],
    [1.5, 'trwać', 'present', 'rok', 'trwa'],
    [2, 'brać', 'present', 'przedstawiciel', 'bierze'],
    [5, 'brać', 'present', 'przedstawiciel', 'bierze'],
    [1, 'brać', 'present', 'przedstawiciel', 'bierze'],
    [3, 'uczestniczyć', 'present', 'organizacja', 'uczestniczą'],
    [2, 'przystąpić', 'past', 'państwo', 'przystąpiły'],
    [5, 'przystąpić', 'past', 'państwo', 'przystąpiło'],
    [1, 'przystąpić', 'past', 'państwo', 'przystąpiło'],
    [1, 'przystąpić', 'past', 'organizacja', 'przystąpiła'],
    [1, 'przystąpić', 'past', 'kraj', 'przystąpił'],
    [23, 'przystąpić', 'past', 'organizacja', 'przystąpiły'],
    [2, 'wziąć', 'past', 'przedstawiciel', 'wzięło'],
    [5, 'wziąć', 'past', 'przedstawiciel', 'wzięło'],
    [1, 'wziąć', 'past', 'przedstawiciel', 'wziął'],
    [0, 'uczestniczyć', 'past', 'osoba', 'uczestniczyło'],
    [1.5, 'trwać', 'past', 'rok', 'trwało'],
  ] as const)('%s, %s, %s, %s → "%s"', (n, verb, tense, noun, expected) => {
    expect(countVerb(n, VERBS[verb], tense, NOUNS[noun])).toBe(expected);
  });

  it('refuses the present of a perfective verb', () => {
    expect(thrown(() => countVerb(2, VERBS.przystąpić, 'present', NOUNS.państwo))).toMatch(/perfective/);
  });
});

describe('timesWord', () => {
  it.each([
    [1, 'raz'],
    [2, 'dwa razy'],
    [3, 'trzy razy'],
    [4, 'cztery razy'],
    [5, 'pięć razy'],
    [7, 'siedem razy'],
    [10, 'dziesięć razy'],
    [11, 'jedenaście razy'],
    [12, 'dwanaście razy'],
    [13, '13 razy'],
    [15, '15 razy'],
    [22, '22 razy'],
  ])('%s → "%s"', (n, expected) => {
    expect(timesWord(n)).toBe(expected);
  });
});
