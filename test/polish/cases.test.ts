import { describe, expect, it } from 'vitest';
import { agreementOf, formOf, type Agreement, type Case, type NounPhrase } from '../../src/polish/index.ts';

const URZAD: NounPhrase = { nom: 'Urząd', gen: 'Urzędu', loc: 'Urzędzie', gender: 'm' };
const AGENCJA: NounPhrase = { nom: 'Agencja', gen: 'Agencji', gender: 'f' };
const BIURO: NounPhrase = { nom: 'Biuro', gen: 'Biura', gender: 'n' };
const SZEF: NounPhrase = { nom: 'Szef Urzędu', gen: 'Szefa Urzędu', gender: 'm', personal: true };
const PRZEDSTAWICIELE: NounPhrase = {
  nom: 'przedstawiciele',
  gen: 'przedstawicieli',
  gender: 'm',
  number: 'pl',
  personal: true,
};
const KOMENDA: NounPhrase = { nom: 'Komenda Główna Policji', acc: 'Komendę Główną Policji', gender: 'f' };

describe('formOf', () => {
  it.each([
    [URZAD, 'nom', 'Urząd'],
    [URZAD, 'gen', 'Urzędu'],
    [URZAD, 'loc', 'Urzędzie'],
    [URZAD, 'acc', undefined],
    [URZAD, 'dat', undefined],
    [AGENCJA, 'acc', undefined],
    [BIURO, 'acc', undefined],
    [KOMENDA, 'acc', 'Komendę Główną Policji'],
    [KOMENDA, 'gen', undefined],
    [SZEF, 'acc', 'Szefa Urzędu'],
    [PRZEDSTAWICIELE, 'acc', 'przedstawicieli'],
    [{ nom: 'Szef', personal: true }, 'acc', undefined],
  ] as [NounPhrase, Case, string | undefined][])('%o in %s → %s', (phrase, c, expected) => {
    expect(formOf(phrase, c)).toBe(expected);
  });
});

describe('agreementOf', () => {
  it.each([
    [{ nom: 'Urząd' }, { gender: 'm', number: 'sg', personal: false }],
    [AGENCJA, { gender: 'f', number: 'sg', personal: false }],
    [BIURO, { gender: 'n', number: 'sg', personal: false }],
    [PRZEDSTAWICIELE, { gender: 'm', number: 'pl', personal: true }],
    [
      { nom: 'państwa', gender: 'n', number: 'pl' },
      { gender: 'n', number: 'pl', personal: false },
    ],
  ] as [NounPhrase, Agreement][])('%o → %o', (phrase, expected) => {
    expect(agreementOf(phrase)).toEqual(expected);
  });
});
