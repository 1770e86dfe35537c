import { describe, expect, it } from 'vitest';
import { demonstrative, personalPronoun, possessivePronoun, relativePronoun, type Agreement, type Case } from '../../src/polish/index.ts';

const AGREEMENTS = {
  mSg: { gender: 'm', number: 'sg' },
  fSg: { gender: 'f', number: 'sg' },
  nSg: { gender: 'n', number: 'sg' },
  plPersonal: { gender: 'm', number: 'pl', personal: true },
  plOther: { gender: 'n', number: 'pl' },
} satisfies Record<string, Agreement>;

type Slot = keyof typeof AGREEMENTS;

describe('relativePronoun', () => {
  it.each([
    ['fSg', 'gen', 'której'],
    ['mSg', 'gen', 'którego'],
    ['nSg', 'gen', 'którego'],
    ['plOther', 'gen', 'których'],
    ['plPersonal', 'gen', 'których'],
    ['plOther', 'nom', 'które'],
    ['plPersonal', 'nom', 'którzy'],
    ['mSg', 'nom', 'który'],
    ['fSg', 'nom', 'która'],
    ['nSg', 'nom', 'które'],
    ['mSg', 'acc', 'który'],
    ['fSg', 'acc', 'którą'],
    ['plPersonal', 'acc', 'których'],
    ['plOther', 'acc', 'które'],
    ['fSg', 'loc', 'której'],
    ['mSg', 'inst', 'którym'],
    ['mSg', 'dat', 'któremu'],
    ['plOther', 'inst', 'którymi'],
  ] as [Slot, Case, string][])('%s %s → "%s"', (slot, c, expected) => {
    expect(relativePronoun(AGREEMENTS[slot], c)).toBe(expected);
  });

  it('gives the animate masculine accusative', () => {
    expect(relativePronoun(AGREEMENTS.mSg, 'acc', { animate: true })).toBe('którego');
  });
});

describe('demonstrative', () => {
  it.each([
    ['mSg', 'gen', 'tego'],
    ['fSg', 'gen', 'tej'],
    ['mSg', 'nom', 'ten'],
    ['fSg', 'nom', 'ta'],
    ['nSg', 'nom', 'to'],
    ['plPersonal', 'nom', 'ci'],
    ['plOther', 'nom', 'te'],
    ['mSg', 'acc', 'ten'],
    ['fSg', 'acc', 'tę'],
    ['nSg', 'acc', 'to'],
    ['fSg', 'inst', 'tą'],
    ['mSg', 'loc', 'tym'],
    ['nSg', 'dat', 'temu'],
    ['plOther', 'gen', 'tych'],
    ['plPersonal', 'acc', 'tych'],
    ['plOther', 'acc', 'te'],
    ['plOther', 'inst', 'tymi'],
  ] as [Slot, Case, string][])('%s %s → "%s"', (slot, c, expected) => {
    expect(demonstrative(AGREEMENTS[slot], c)).toBe(expected);
  });

  it.each([
    [{ animate: true }, AGREEMENTS.mSg, 'tego'],
    [{}, { gender: 'm', number: 'sg', personal: true } as Agreement, 'tego'],
    [{ animate: true }, AGREEMENTS.fSg, 'tę'],
  ])('accusative with %o of %o → "%s"', (options, agreement, expected) => {
    expect(demonstrative(agreement, 'acc', options)).toBe(expected);
  });
});

describe('personalPronoun', () => {
  it.each([
    ['fSg', 'loc', 'prep', 'niej'],
    ['fSg', 'inst', 'prep', 'nią'],
    ['fSg', 'acc', 'full', 'ją'],
    ['fSg', 'gen', 'prep', 'niej'],
    ['mSg', 'gen', 'prep', 'niego'],
    ['mSg', 'acc', 'short', 'go'],
    ['mSg', 'dat', 'short', 'mu'],
    ['mSg', 'loc', 'prep', 'nim'],
    ['mSg', 'inst', 'prep', 'nim'],
    ['nSg', 'acc', 'full', 'je'],
    ['nSg', 'acc', 'prep', 'nie'],
    ['nSg', 'gen', 'short', 'go'],
    ['plPersonal', 'acc', 'full', 'ich'],
    ['plPersonal', 'acc', 'prep', 'nich'],
    ['plOther', 'acc', 'full', 'je'],
    ['plOther', 'inst', 'prep', 'nimi'],
    ['plOther', 'loc', 'prep', 'nich'],
    ['plOther', 'dat', 'full', 'im'],
    ['fSg', 'nom', 'full', 'ona'],
    ['fSg', 'inst', 'short', 'nią'],
  ] as const)('%s %s %s -> %s', (slot, c, position, expected) => {
    expect(personalPronoun(AGREEMENTS[slot as Slot], c as Case, position)).toBe(expected);
  });
});

describe('possessivePronoun', () => {
  it.each([
    ['mSg', 'jego'],
    ['fSg', 'jej'],
    ['nSg', 'jego'],
    ['plPersonal', 'ich'],
    ['plOther', 'ich'],
  ] as const)('%s -> %s', (slot, expected) => {
    expect(possessivePronoun(AGREEMENTS[slot as Slot])).toBe(expected);
  });
});
