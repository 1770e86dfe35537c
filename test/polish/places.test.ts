import { describe, expect, it } from 'vitest';
import { joinPlaces, placeAccusative, placeGovernment, vocalized, type NounPhrase, type PlacePhrase } from '../../src/polish/index.ts';

describe('placeGovernment', () => {
  it.each([
    ['to', 'w', 'do', 'gen'],
    ['in', 'w', 'w', 'loc'],
    ['from', 'w', 'z', 'gen'],
    ['to', 'na', 'na', 'acc'],
    ['in', 'na', 'na', 'loc'],
    ['from', 'na', 'z', 'gen'],
  ] as const)('%s a "%s" place: %s + %s', (direction, prep, preposition, c) => {
    expect(placeGovernment(direction, prep)).toEqual({ preposition, case: c });
  });

  it('takes "w" when the place says nothing', () => {
    expect(placeGovernment('in')).toEqual({ preposition: 'w', case: 'loc' });
  });
});

describe('vocalized', () => {
  it.each([
    ['w', 'Włoszech', 'we'],
    ['w', 'Francji', 'we'],
    ['w', 'Wrocławiu', 'we'],
    ['w', 'Finlandii', 'w'],
    ['w', 'Wielkiej Brytanii', 'w'],
    ['w', 'Wiedniu', 'w'],
    ['w', 'Grecji', 'w'],
    ['w', 'W', 'w'],
    ['z', 'Szwecji', 'ze'],
    ['z', 'Słowacji', 'ze'],
    ['z', 'Stanów Zjednoczonych', 'ze'],
    ['z', 'Zjednoczonego Królestwa', 'ze'],
    ['z', 'Śląska', 'ze'],
    ['z', 'Żmudzi', 'ze'],
    ['z', 'Serbii', 'z'],
    ['z', 'Zambii', 'z'],
    ['z', 'Włoch', 'z'],
    ['z', 'Cypru', 'z'],
    ['do', 'Szwecji', 'do'],
    ['na', 'Węgry', 'na'],
  ])('%s %s → %s', (preposition, next, expected) => {
    expect(vocalized(preposition, next)).toBe(expected);
  });
});

// Puts places (preposition, text) in a list.
const at = (...pairs: [string, string][]): PlacePhrase[] => pairs.map(([preposition, text]) => ({ preposition, text }));

describe('joinPlaces', () => {
  it.each([
    [at(['do', 'Grecji']), 'do Grecji'],
    [at(['do', 'Grecji'], ['do', 'Włoch']), 'do Grecji i Włoch'],
    [at(['do', 'Grecji'], ['do', 'Włoch'], ['na', 'Cypr']), 'do Grecji, Włoch oraz na Cypr'],
    [at(['w', 'Grecji'], ['w', 'Włoszech'], ['na', 'Cyprze']), 'w Grecji, we Włoszech oraz na Cyprze'],
    [at(['w', 'Grecji'], ['na', 'Cyprze']), 'w Grecji i na Cyprze'],
    [at(['w', 'Grecji'], ['w', 'Hiszpanii'], ['w', 'Portugalii']), 'w Grecji, Hiszpanii i Portugalii'],
    [at(['z', 'Grecji'], ['z', 'Szwecji']), 'z Grecji i ze Szwecji'],
    [at(['na', 'Cypr'], ['do', 'Grecji'], ['do', 'Włoch']), 'na Cypr, do Grecji i Włoch'],
    [at(['do', 'Grecji'], ['na', 'Cypr'], ['do', 'Włoch']), 'do Grecji, na Cypr oraz do Włoch'],
    [at(['do', 'Bośni i Hercegowiny'], ['do', 'Serbii']), 'do Bośni i Hercegowiny oraz Serbii'],
    [[], ''],
  ])('%o → "%s"', (places, expected) => {
    expect(joinPlaces(places)).toBe(expected);
  });

  it('takes the conjunction asked for', () => {
    expect(joinPlaces(at(['do', 'Grecji'], ['na', 'Cypr']), { conjunction: 'oraz' })).toBe('do Grecji oraz na Cypr');
    expect(joinPlaces(at(['do', 'Grecji'], ['do', 'Włoch'], ['na', 'Cypr']), { conjunction: 'i' })).toBe('do Grecji, Włoch i na Cypr');
  });
});

describe('placeAccusative', () => {
  it.each([
    [{ nom: 'Cypr' }, 'Cypr'],
    [{ nom: 'Malta', gender: 'f' }, 'Maltę'],
    [{ nom: 'Litwa', gender: 'f' }, 'Litwę'],
    [{ nom: 'Białoruś', gender: 'f' }, 'Białoruś'],
    [{ nom: 'Węgry', number: 'pl' }, 'Węgry'],
    [{ nom: 'Malta' }, undefined],
    [{ nom: 'Wyspy Kanaryjskie', number: 'pl' }, undefined],
    [{ nom: 'Wyspy Kanaryjskie', acc: 'Wyspy Kanaryjskie', number: 'pl' }, 'Wyspy Kanaryjskie'],
  ] as [NounPhrase, string | undefined][])('%o → %s', (place, expected) => {
    expect(placeAccusative(place)).toBe(expected);
  });
});
