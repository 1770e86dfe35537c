import { describe, expect, it } from 'vitest';
import { thrown } from '../support/messages.ts';
import { declineAdjective, type Agreement, type Case } from '../../src/polish/index.ts';

const AGREEMENTS = {
  mSg: { gender: 'm', number: 'sg' },
  fSg: { gender: 'f', number: 'sg' },
  nSg: { gender: 'n', number: 'sg' },
  plPersonal: { gender: 'm', number: 'pl', personal: true },
  plOther: { gender: 'f', number: 'pl' },
} satisfies Record<string, Agreement>;

type Slot = keyof typeof AGREEMENTS;

describe('declineAdjective', () => {
  it.each([
    ['realizowany', 'loc', 'mSg', 'realizowanym'],
    ['realizowany', 'acc', 'mSg', 'realizowany'],
    ['realizowany', 'acc', 'fSg', 'realizowaną'],
    ['realizowany', 'gen', 'fSg', 'realizowanej'],
    ['realizowany', 'nom', 'fSg', 'realizowana'],
    ['realizowany', 'acc', 'plPersonal', 'realizowanych'],
    ['zajmujący', 'gen', 'fSg', 'zajmującej'],
    ['zajmujący', 'gen', 'mSg', 'zajmującego'],
    ['zajmujący', 'gen', 'plOther', 'zajmujących'],
    ['zajmujący', 'gen', 'plPersonal', 'zajmujących'],
    ['ukierunkowany', 'gen', 'plOther', 'ukierunkowanych'],
    ['kilkuletni', 'acc', 'mSg', 'kilkuletni'],
    ['kilkuletni', 'acc', 'fSg', 'kilkuletnią'],
    ['kilkuletni', 'loc', 'mSg', 'kilkuletnim'],
    ['kilkuletni', 'nom', 'fSg', 'kilkuletnia'],
    ['kilkuletni', 'gen', 'mSg', 'kilkuletniego'],
    ['kilkuletni', 'nom', 'nSg', 'kilkuletnie'],
    ['kilkuletni', 'gen', 'plOther', 'kilkuletnich'],
    ['ostatni', 'gen', 'fSg', 'ostatniej'],
    ['utworzony', 'gen', 'fSg', 'utworzonej'],
    ['polski', 'gen', 'mSg', 'polskiego'],
    ['polski', 'dat', 'mSg', 'polskiemu'],
    ['polski', 'inst', 'mSg', 'polskim'],
    ['polski', 'nom', 'fSg', 'polska'],
    ['polski', 'gen', 'fSg', 'polskiej'],
    ['polski', 'acc', 'fSg', 'polską'],
    ['polski', 'nom', 'nSg', 'polskie'],
    ['polski', 'nom', 'plOther', 'polskie'],
    ['polski', 'gen', 'plOther', 'polskich'],
    ['polski', 'inst', 'plOther', 'polskimi'],
    ['drugi', 'nom', 'fSg', 'druga'],
    ['drugi', 'gen', 'mSg', 'drugiego'],
    ['drugi', 'loc', 'fSg', 'drugiej'],
    ['holenderski', 'acc', 'fSg', 'holenderską'],
    ['centralny', 'acc', 'fSg', 'centralną'],
    ['krajowy', 'dat', 'plOther', 'krajowym'],
    ['biorący', 'dat', 'plOther', 'biorącym'],
    ['nowy', 'nom', 'nSg', 'nowe'],
    ['nowy', 'dat', 'nSg', 'nowemu'],
    ['nowy', 'inst', 'fSg', 'nową'],
    ['nowy', 'loc', 'plOther', 'nowych'],
  ] as [string, Case, Slot, string][])('%s, %s, %s → "%s"', (adjective, c, slot, expected) => {
    expect(declineAdjective(adjective, c, AGREEMENTS[slot])).toBe(expected);
  });

  it.each([
    ['realizowany', undefined, 'realizowany'],
    ['realizowany', true, 'realizowanego'],
    ['polski', true, 'polskiego'],
    ['kilkuletni', true, 'kilkuletniego'],
  ] as const)('masculine accusative of %s, animate %s → "%s"', (adjective, animate, expected) => {
    expect(declineAdjective(adjective, 'acc', AGREEMENTS.mSg, { animate })).toBe(expected);
  });

  it('treats a personal singular as animate', () => {
    expect(declineAdjective('nowy', 'acc', { gender: 'm', number: 'sg', personal: true })).toBe('nowego');
  });

  it.each(['Urząd', 'y', '', 'nowa'])('refuses "%s"', (word) => {
    expect(thrown(() => declineAdjective(word, 'gen', AGREEMENTS.mSg))).toMatch(/-y or -i/);
  });
});

describe('masculine-personal nominative plural', () => {
  it.each([
    ['realizowany', 'realizowani'],
    ['zajmujący', 'zajmujący'],
    ['polski', 'polscy'],
    ['nowy', 'nowi'],
    ['holenderski', 'holenderscy'],
    ['niemiecki', 'niemieccy'],
    ['wysoki', 'wysocy'],
    ['drugi', 'drudzy'],
    ['utworzony', 'utworzeni'],
    ['zaproszony', 'zaproszeni'],
    ['zielony', 'zieloni'],
    ['dobry', 'dobrzy'],
    ['który', 'którzy'],
    ['zajęty', 'zajęci'],
    ['czysty', 'czyści'],
    ['młody', 'młodzi'],
    ['własny', 'właśni'],
    ['mały', 'mali'],
    ['cichy', 'cisi'],
    ['starszy', 'starsi'],
    ['wyższy', 'wyżsi'],
    ['duży', 'duzi'],
    ['obcy', 'obcy'],
    ['ważny', 'ważni'],
    ['kilkuletni', 'kilkuletni'],
  ])('%s → "%s"', (adjective, expected) => {
    expect(declineAdjective(adjective, 'nom', AGREEMENTS.plPersonal)).toBe(expected);
  });
});
