import { describe, expect, it } from 'vitest';
import { thrown } from '../support/messages.ts';
import { compareDates, firstDay, inDate, parseIsoDate, precisionOf, sinceDate, untilDate, type PartialDate } from '../../src/polish/index.ts';

const YEAR: PartialDate = { year: 2010 };
const MONTH: PartialDate = { year: 2010, month: 12 };
const DAY: PartialDate = { year: 2010, month: 12, day: 1 };
const MARCH_15: PartialDate = { year: 2011, month: 3, day: 15 };

describe('parseIsoDate', () => {
  it.each([
    ['2010', YEAR],
    ['2010-12', MONTH],
    ['2010-12-01', DAY],
    ['2012-02-29', { year: 2012, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2010-04-30', { year: 2010, month: 4, day: 30 }],
    ['2010-01-31', { year: 2010, month: 1, day: 31 }],
  ])('accepts "%s"', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it.each([
    '2010-13',
    '2010-00',
    '2010-02-30',
    '2011-02-29',
    '1900-02-29',
    '2010-04-31',
    '2010-12-00',
    '2010-12-32',
    '2010-1',
    '2010-12-1',
    '10-12-01',
    '2010/12/01',
    ' 2010',
    '2010-12-01T00:00',
    '',
    'grudzień 2010',
  ])('rejects "%s"', (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });
});

describe('compareDates', () => {
  it.each([
    [YEAR, { year: 2010, month: 1, day: 1 }, 0],
    [MONTH, DAY, 0],
    [YEAR, { year: 2011 }, -1],
    [MONTH, { year: 2010, month: 11, day: 30 }, 1],
    [DAY, { year: 2010, month: 12, day: 2 }, -1],
    [MARCH_15, MONTH, 1],
  ] as [PartialDate, PartialDate, number][])('%o vs %o → %s', (a, b, sign) => {
    expect(Math.sign(compareDates(a, b))).toBe(sign);
  });

  it('sorts dates by their first day', () => {
    const sorted = [MARCH_15, DAY, YEAR, { year: 2010, month: 6 }].sort(compareDates);
    expect(sorted).toEqual([YEAR, { year: 2010, month: 6 }, DAY, MARCH_15]);
  });
});

describe('firstDay', () => {
  it.each([
    [YEAR, { year: 2010, month: 1, day: 1 }],
    [MONTH, { year: 2010, month: 12, day: 1 }],
    [
      { year: 2012, month: 2 },
      { year: 2012, month: 2, day: 1 },
    ],
    [MARCH_15, MARCH_15],
  ] as [PartialDate, PartialDate][])('%o → %o', (d, first) => {
    expect(firstDay(d)).toEqual(first);
  });
});

describe('date formatters', () => {
  it.each([
    [sinceDate, MONTH, 'od grudnia 2010 r.'],
    [sinceDate, DAY, 'od 1 grudnia 2010 r.'],
    [sinceDate, YEAR, 'od 2010 r.'],
    [untilDate, MONTH, 'do grudnia 2010 r.'],
    [untilDate, YEAR, 'do 2010 r.'],
    [untilDate, MARCH_15, 'do 15 marca 2011 r.'],
    [inDate, MONTH, 'w grudniu 2010 r.'],
    [inDate, { year: 2011, month: 11 }, 'w listopadzie 2011 r.'],
    [inDate, { year: 2017, month: 9 }, 'we wrześniu 2017 r.'],
    [inDate, DAY, '1 grudnia 2010 r.'],
    [inDate, YEAR, 'w 2010 r.'],
    [(d: PartialDate) => inDate(d, 'long'), YEAR, 'w 2010 roku'],
    [(d: PartialDate) => inDate(d, 'long'), MONTH, 'w grudniu 2010 r.'],
    [(d: PartialDate) => inDate(d, 'long'), DAY, '1 grudnia 2010 r.'],
  ] as [(d: PartialDate) => string, PartialDate, string][])('%o of %o → "%s"', (format, d, expected) => {
    expect(format(d)).toBe(expected);
  });

  it.each([sinceDate, untilDate, inDate])('%o refuses a day without a month', (format) => {
    expect(thrown(() => format({ year: 2010, day: 3 }))).toMatch(/must have a month/);
  });

  it.each([
    [YEAR, 'year'],
    [MONTH, 'month'],
    [DAY, 'day'],
  ] as const)('precisionOf %o → %s', (d, expected) => {
    expect(precisionOf(d)).toBe(expected);
  });
});
