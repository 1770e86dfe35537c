// Every word of the 2010 section, outside quoted titles and acronyms, passes a Polish spell-checker. The section is
// the golden Markdown, which test/pipeline/golden.test.ts holds the generated section to, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/data.ts';
import { spellCheckerFor } from '../support/spelling.ts';
import { wordsToCheck } from './words.ts';

const ACCEPTED = new Set(
  readFileSync(join(import.meta.dirname, 'accepted-words.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean),
);

/** Words whose answers the whole dictionary gives: right (none rejected), and not Polish (all rejected). */
const KNOWN = [
  ['a noun in its cases', ['Urząd', 'Urzędu', 'urzędem', 'cudzoziemców', 'Cudzoziemcom'], []],
  ['verbs and adjectives', ['przystąpił', 'uczestniczy', 'realizowanym', 'wchodzą', 'Europejskiej', 'nieprawidłowy'], []],
  ['words that are no Polish', ['Urzond', 'przystompił', 'admisyjnym'], ['Urzond', 'przystompił', 'admisyjnym']],
] as const;

let words: Set<string>;
let spell: ReturnType<typeof spellCheckerFor>;
// one spell-checker for every word checked here: the dictionary is cut down to them once
beforeAll(() => {
  const section = readFileSync(join(ROOT, 'test', 'golden', 'wspolpraca-miedzynarodowa-2010.md'), 'utf8').replace(/\u00a0/g, ' ');
  words = new Set(wordsToCheck(section));
  spell = spellCheckerFor([...words, ...KNOWN.flatMap(([, checked]) => checked)]);
}, 60_000);

describe('spelling of the 2010 section', () => {
  it('leaves quoted titles and acronyms out of the check', () => {
    expect(wordsToCheck('Urząd (EASO) i „Reception Expert Teams”, Fundację »La Strada«.')).toEqual(['Urząd', 'i', 'Fundację']);
  });

  it('has no word the Polish dictionary rejects, beyond the documented list', () => {
    expect(words.size).toBeGreaterThan(150);
    expect([...words].filter((w) => !spell.correct(w) && !ACCEPTED.has(w))).toEqual([]);
  });

  it('keeps the accepted list honest: every accepted word occurs in the text and is rejected by the dictionary', () => {
    for (const word of ACCEPTED) {
      expect(words.has(word), word).toBe(true);
      expect(spell.correct(word), word).toBe(false);
    }
  });
});

describe('the cut-down dictionary', () => {
  it.each(KNOWN)('answers as the whole dictionary does: %s', (_what, checked, rejected) => {
    expect(checked.filter((w) => !spell.correct(w))).toEqual(rejected);
  });
});
