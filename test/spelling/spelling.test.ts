// Every word of the generated 2010 section, outside quoted titles and acronyms, passes a Polish spell-checker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dictionary from 'dictionary-pl';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA, sectionText } from '../support/data.ts';

const ACCEPTED = new Set(
  readFileSync(join(import.meta.dirname, 'accepted-words.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean),
);

// Lists the words to check: quoted titles („…”, »…«) and acronyms (two or more capitals) are left out.
export function wordsToCheck(text: string): string[] {
  const unquoted = text.replace(/„[^”]*”/g, ' ').replace(/»[^«]*«/g, ' ').replace(/^#.*$/m, (h) => h.slice(1));
  return (unquoted.match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).filter((w) => !/^\p{Lu}{2,}$/u.test(w));
}

describe('spelling of the 2010 section', () => {
  let spell: ReturnType<typeof nspell>;
  let words: string[];
  beforeAll(async () => {
    spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
    words = wordsToCheck(await sectionText(DATA, 2010));
  }, 120_000);

  it('leaves quoted titles and acronyms out of the check', () => {
    expect(wordsToCheck('Urząd (EASO) i „Reception Expert Teams”, Fundację »La Strada«.')).toEqual(['Urząd', 'i', 'Fundację']);
  });

  it('has no word the Polish dictionary rejects, beyond the documented list', () => {
    expect(words.length).toBeGreaterThan(300);
    const rejected = [...new Set(words.filter((w) => !spell.correct(w) && !ACCEPTED.has(w)))];
    expect(rejected).toEqual([]);
  });

  it('keeps the accepted list honest: every accepted word occurs in the text and is rejected by the dictionary', () => {
    for (const word of ACCEPTED) {
      expect(words.includes(word), word).toBe(true);
      expect(spell.correct(word), word).toBe(false);
    }
  });
});
