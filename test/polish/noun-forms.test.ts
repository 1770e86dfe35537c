import { describe, expect, it } from 'vitest';
import { EN, thrown } from '../support/messages.ts';
import { MissingNounFormError, NOUNS, genderOf, nounForm, pluralForm, readCountedNoun, type NounForms } from '../../src/polish/index.ts';

// one, few, many (as the data gives them), then the plural dative, instrumental and locative made by rule
const PLURALS: readonly [string, string, string, string, string, string][] = [
  ['państwo', 'państwa', 'państw', 'państwom', 'państwami', 'państwach'],
  ['misja', 'misje', 'misji', 'misjom', 'misjami', 'misjach'],
  ['organizacja', 'organizacje', 'organizacji', 'organizacjom', 'organizacjami', 'organizacjach'],
  ['dzień', 'dni', 'dni', 'dniom', 'dniami', 'dniach'],
  ['dzień roboczy', 'dni robocze', 'dni roboczych', 'dniom roboczym', 'dniami roboczymi', 'dniach roboczych'],
  ['kraj kandydujący', 'kraje kandydujące', 'krajów kandydujących', 'krajom kandydującym', 'krajami kandydującymi', 'krajach kandydujących'],
  [
    'państwo członkowskie UE',
    'państwa członkowskie UE',
    'państw członkowskich UE',
    'państwom członkowskim UE',
    'państwami członkowskimi UE',
    'państwach członkowskich UE',
  ],
  ['pracownik', 'pracownicy', 'pracowników', 'pracownikom', 'pracownikami', 'pracownikach'],
  ['ekspert', 'eksperci', 'ekspertów', 'ekspertom', 'ekspertami', 'ekspertach'],
  ['przedstawiciel', 'przedstawiciele', 'przedstawicieli', 'przedstawicielom', 'przedstawicielami', 'przedstawicielach'],
  ['członek', 'członkowie', 'członków', 'członkom', 'członkami', 'członkach'],
  ['rok', 'lata', 'lat', 'latom', 'latami', 'latach'],
  ['miesiąc', 'miesiące', 'miesięcy', 'miesiącom', 'miesiącami', 'miesiącach'],
  ['spotkanie', 'spotkania', 'spotkań', 'spotkaniom', 'spotkaniami', 'spotkaniach'],
  ['osoba', 'osoby', 'osób', 'osobom', 'osobami', 'osobach'],
  ['tydzień', 'tygodnie', 'tygodni', 'tygodniom', 'tygodniami', 'tygodniach'],
  ['droga', 'drogi', 'dróg', 'drogom', 'drogami', 'drogach'],
  ['wizyta studyjna', 'wizyty studyjne', 'wizyt studyjnych', 'wizytom studyjnym', 'wizytami studyjnymi', 'wizytach studyjnych'],
  ['szkolenie', 'szkolenia', 'szkoleń', 'szkoleniom', 'szkoleniami', 'szkoleniach'],
];

describe('pluralForm makes the dative, instrumental and locative plural by rule', () => {
  it.each(PLURALS)('%s', (one, few, many, dat, inst, loc) => {
    const noun: NounForms = { one, few, many, gender: genderOf(one) };
    expect([pluralForm(noun, 'dat'), pluralForm(noun, 'inst'), pluralForm(noun, 'loc')]).toEqual([dat, inst, loc]);
  });

  it('takes a stored form before the rule', () => {
    const ludzie: NounForms = { one: 'człowiek', few: 'ludzie', many: 'ludzi', gender: 'm', personal: true, pl: { inst: 'ludźmi' } };
    expect([pluralForm(ludzie, 'dat'), pluralForm(ludzie, 'inst'), pluralForm(ludzie, 'acc')]).toEqual(['ludziom', 'ludźmi', 'ludzi']);
  });

  it('makes nothing when the forms have different numbers of words', () => {
    expect(pluralForm({ one: 'dzień', few: 'dni robocze', many: 'dni roboczych', gender: 'm' }, 'dat')).toBeUndefined();
  });
});

describe('nounForm', () => {
  it.each([
    [NOUNS.państwo, 'sg', 'acc', 'państwo'],
    [NOUNS.projekt, 'sg', 'acc', 'projekt'],
    [NOUNS.przedstawiciel, 'sg', 'acc', 'przedstawiciela'],
    [NOUNS.misja, 'sg', 'acc', 'misję'],
    [NOUNS.misja, 'sg', 'gen', 'misji'],
    [NOUNS.przedstawiciel, 'pl', 'acc', 'przedstawicieli'],
    [NOUNS.państwo, 'pl', 'acc', 'państwa'],
    [{ one: 'misja specjalna', few: 'misje specjalne', many: 'misji specjalnych', other: 'misji specjalnej', gender: 'f' }, 'sg', 'acc', 'misję specjalną'],
  ] as const)('%o %s %s → "%s"', (noun, number, c, expected) => {
    expect(nounForm(noun as NounForms, number, c)).toBe(expected);
  });

  it.each([
    ['sg', 'inst', 'The counted noun "misja" has no instrumental singular; give it as "sg: { inst: … }".'],
    ['sg', 'gen', 'The counted noun "misja" has no genitive singular; give it as "other".'],
    ['sg', 'acc', 'The counted noun "misja" has no accusative singular; give it as "sg: { acc: … }".'],
  ] as const)('names the %s %s form a noun from the data lacks', (number, c, message) => {
    const misja: NounForms = { one: 'misja', few: 'misje', many: 'misji', gender: 'f' };
    expect(() => nounForm(misja, number, c)).toThrow(MissingNounFormError);
    expect(thrown(() => nounForm(misja, number, c))).toBe(message);
  });
});

describe('readCountedNoun', () => {
  it.each([
    [
      { one: 'misja', few: 'misje', many: 'misji' },
      { one: 'misja', few: 'misje', many: 'misji', gender: 'f' },
    ],
    [
      { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych' },
      { one: 'dzień roboczy', few: 'dni robocze', many: 'dni roboczych', gender: 'm' },
    ],
    [
      { one: 'muzeum', few: 'muzea', many: 'muzeów', gender: 'n' },
      { one: 'muzeum', few: 'muzea', many: 'muzeów', gender: 'n' },
    ],
    [
      { one: 'kolega', few: 'koledzy', many: 'kolegów', personal: true },
      { one: 'kolega', few: 'koledzy', many: 'kolegów', gender: 'm', personal: true },
    ],
    [
      { one: 'misja', few: 'misje', many: 'misji', other: 'misji', sg: { inst: 'misją' }, pl: { dat: 'misjom' } },
      { one: 'misja', few: 'misje', many: 'misji', other: 'misji', gender: 'f', sg: { inst: 'misją' }, pl: { dat: 'misjom' } },
    ],
  ])('reads %o', (value, expected) => {
    expect(readCountedNoun(value)).toEqual({ noun: expected });
  });

  it.each([
    ['misja', 'A counted noun is written { one: misja, few: misje, many: misji }, found "misja".'],
    [{ one: 'misja', few: 'misje' }, 'A counted noun needs "many" (the genitive plural), as in { one: misja, few: misje, many: misji }.'],
    [{ one: 'misja', few: '', many: 'misji' }, 'A counted noun needs "few" (the nominative plural), as in { one: misja, few: misje, many: misji }.'],
    [
      { one: 'misja', few: 'misje', many: 'misji', gen: 'misji' },
      'A counted noun has no field "gen"; its fields are one, few, many, other, gender, personal, sg, pl.',
    ],
    [{ one: 'misja', few: 'misje', many: 'misji', gender: 'female' }, 'The gender of a counted noun is "m", "f" or "n", found "female".'],
    [{ one: 'misja', few: 'misje', many: 'misji', personal: 'yes' }, 'The "personal" mark of a counted noun is true or false.'],
    [
      { one: 'misja', few: 'misje', many: 'misji', sg: { instr: 'misją' } },
      '"sg" of a counted noun holds the cases nom, gen, dat, acc, inst, loc, found "instr".',
    ],
    [{ one: 'misja', few: 'misje', many: 'misji', pl: 'misjom' }, '"pl" of a counted noun holds case forms, as in pl: { inst: … }.'],
    [{ one: 'misja', few: 'misje', many: 'misji', pl: { dat: 3 } }, '"pl.dat" of a counted noun must be text.'],
  ])('refuses %o', (value, problem) => {
    const reading = readCountedNoun(value);
    expect(reading.problem && EN.text(reading.problem)).toBe(problem);
  });
});

describe('genderOf', () => {
  it.each([
    ['misja', 'f'],
    ['organizacja pozarządowa', 'f'],
    ['państwo', 'n'],
    ['spotkanie', 'n'],
    ['muzeum', 'n'],
    ['imię', 'n'],
    ['dzień roboczy', 'm'],
    ['kraj', 'm'],
  ] as const)('%s → %s', (one, gender) => {
    expect(genderOf(one)).toBe(gender);
  });
});
