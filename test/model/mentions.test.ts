// Whether a body's name holds its parent's acronym as a whole word: what decides that "Grupa Sterująca GDISC" is
// followed by the expansion of GDISC.
import { describe, expect, it } from 'vitest';
import type { Body } from '../../src/model/domain.ts';
import { namesAcronymOf } from '../../src/model/mentions.ts';

// Makes a body with a name and an acronym, as far as namesAcronymOf reads it.
function body(nom: string, acronym?: string): Body {
  return { name: { nom }, acronym } as unknown as Body;
}

describe('namesAcronymOf', () => {
  it.each([
    ['Grupa Sterująca GDISC', 'GDISC', true],
    ['GDISC', 'GDISC', true],
    ['Biuro UNHCR w Polsce', 'UNHCR', true],
    ['Zarząd (EASO)', 'EASO', true],
    ['Zarząd EASO-2', 'EASO', true],
    ['Grupa GDISCU', 'GDISC', false],
    ['Grupa XGDISC', 'GDISC', false],
    ['Rada Nadzorcza AG12', 'AG1', false],
    ['Rada Nadzorcza AG12 i AG1', 'AG1', true],
    ['Rada ŁAG1', 'AG1', false],
    ['Rada AG1ż', 'AG1', false],
    ['Rada AG1²', 'AG1', false],
    ['Grupa A.B. i C', 'A.B.', true],
    ['Grupa 𝐀GDISC', 'GDISC', false],
    ['Grupa 😀GDISC', 'GDISC', true],
    ['Grupa GDISC𝐀', 'GDISC', false],
    ['Grupa GDISC😀', 'GDISC', true],
    ['Grupa GDISCU i GDISC', 'GDISC', true],
    ['Grupa Robocza', undefined, false],
  ])('%s with the acronym %s: %s', (name, acronym, expected) => {
    expect(namesAcronymOf(body(name), body('Rodzic', acronym))).toBe(expected);
  });
});
