import { describe, expect, it } from 'vitest';
import { declineAdjective, durationAdjective, durationYears, holdsIn, phaseIn, type Period, type Phase } from '../../src/polish/index.ts';

const OPEN_2010: Period = { from: { year: 2010, month: 12 } };
const PROJECT: Period = { from: { year: 2007 }, to: { year: 2010, month: 6 } };
const LATER: Period = { from: { year: 2011, month: 1, day: 1 }, to: { year: 2013 } };

describe('holdsIn', () => {
  it.each([
    [OPEN_2010, 2009, false],
    [OPEN_2010, 2010, true],
    [OPEN_2010, 2025, true],
    [PROJECT, 2006, false],
    [PROJECT, 2007, true],
    [PROJECT, 2010, true],
    [PROJECT, 2011, false],
    [LATER, 2010, false],
    [LATER, 2013, true],
  ] as [Period, number, boolean][])('%o in %s → %s', (p, year, expected) => {
    expect(holdsIn(p, year)).toBe(expected);
  });
});

describe('phaseIn', () => {
  it.each([
    [OPEN_2010, 2010, { started: true, ended: false, ongoing: true }],
    [OPEN_2010, 2011, { started: false, ended: false, ongoing: true }],
    [PROJECT, 2008, { started: false, ended: false, ongoing: true }],
    [PROJECT, 2010, { started: false, ended: true, ongoing: false }],
    [PROJECT, 2012, { started: false, ended: true, ongoing: false }],
    [{ from: { year: 2010 }, to: { year: 2010 } }, 2010, { started: true, ended: true, ongoing: false }],
  ] as [Period, number, Phase][])('%o in %s → %o', (p, year, expected) => {
    expect(phaseIn(p, year)).toEqual(expected);
  });
});

describe('durationYears and durationAdjective', () => {
  it.each([
    [OPEN_2010, undefined, undefined],
    [{ from: { year: 2010 }, to: { year: 2010, month: 9 } }, 1, undefined],
    [{ from: { year: 2009 }, to: { year: 2010 } }, 2, 'dwuletni'],
    [{ from: { year: 2008 }, to: { year: 2010 } }, 3, 'kilkuletni'],
    [PROJECT, 4, 'kilkuletni'],
    [{ from: { year: 2001 }, to: { year: 2009 } }, 9, 'kilkuletni'],
    [{ from: { year: 2001 }, to: { year: 2010 } }, 10, 'wieloletni'],
    [{ from: { year: 1990 }, to: { year: 2010 } }, 21, 'wieloletni'],
  ] as [Period, number | undefined, string | undefined][])('%o → %s, %s', (p, years, adjective) => {
    expect(durationYears(p)).toBe(years);
    expect(durationAdjective(years)).toBe(adjective);
  });

  it('gives an adjective that declines', () => {
    const adjective = durationAdjective(4) ?? '';
    expect(declineAdjective(adjective, 'loc', { gender: 'm', number: 'sg' })).toBe('kilkuletnim');
  });
});
