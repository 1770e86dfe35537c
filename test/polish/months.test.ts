import { describe, expect, it } from 'vitest';
import { MessageError } from '../../src/i18n/message.ts';
import { monthName } from '../../src/polish/index.ts';

const MONTHS: readonly [number, string, string, string][] = [
  [1, 'styczeń', 'stycznia', 'styczniu'],
  [2, 'luty', 'lutego', 'lutym'],
  [3, 'marzec', 'marca', 'marcu'],
  [4, 'kwiecień', 'kwietnia', 'kwietniu'],
  [5, 'maj', 'maja', 'maju'],
  [6, 'czerwiec', 'czerwca', 'czerwcu'],
  [7, 'lipiec', 'lipca', 'lipcu'],
  [8, 'sierpień', 'sierpnia', 'sierpniu'],
  [9, 'wrzesień', 'września', 'wrześniu'],
  [10, 'październik', 'października', 'październiku'],
  [11, 'listopad', 'listopada', 'listopadzie'],
  [12, 'grudzień', 'grudnia', 'grudniu'],
];

const CASES = MONTHS.flatMap(([month, nom, gen, loc]) => [[month, 'nom', nom] as const, [month, 'gen', gen] as const, [month, 'loc', loc] as const]);

describe('monthName', () => {
  it.each(CASES)('month %s, %s → "%s"', (month, c, expected) => {
    expect(monthName(month, c)).toBe(expected);
  });

  it.each([0, 13, -1, 1.5, Number.NaN])('refuses month %s', (month) => {
    expect(() => monthName(month, 'nom')).toThrow(MessageError);
  });
});
