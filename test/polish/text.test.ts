import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalize, comparePolish, containsWord } from '../../src/polish/index.ts';

describe('capitalize', () => {
  it.each([
    ['urząd', 'Urząd'],
    ['łotwa', 'Łotwa'],
    ['źródło', 'Źródło'],
    ['ósmy raz', 'Ósmy raz'],
    ['Urząd', 'Urząd'],
    ['eASO', 'EASO'],
    ['„Ocalenie”', '„Ocalenie”'],
    ['', ''],
  ])('"%s" → "%s"', (s, expected) => {
    expect(capitalize(s)).toBe(expected);
  });
});

describe('containsWord', () => {
  it.each([
    ['Integracji, Migracji i Wydaleń', 'i', true],
    ['i Wydaleń', 'i', true],
    ['Migracji i', 'i', true],
    ['Szwajcaria', 'i', false],
    ['Etap I', 'i', false],
    ['(i)', 'i', true],
    ['SCIFA i FREEMO', 'FREEMO', true],
    ['SCIFA-FREEMO', 'SCIFA', true],
    ['Szwajcaria', 'Szwajcar', false],
  ])('"%s" contains "%s" → %s', (s, word, expected) => {
    expect(containsWord(s, word)).toBe(expected);
  });
});

describe('Polish collation', () => {
  it.each([
    [
      ['Malta', 'Łotwa', 'Litwa'],
      ['Litwa', 'Łotwa', 'Malta'],
    ],
    [
      ['Turcja', 'Śląsk', 'Szwecja', 'Słowacja'],
      ['Słowacja', 'Szwecja', 'Śląsk', 'Turcja'],
    ],
    [
      ['Żory', 'Zabrze', 'Źródła'],
      ['Zabrze', 'Źródła', 'Żory'],
    ],
    [
      ['Estonia', 'Ćwierć', 'Czechy', 'Cypr'],
      ['Cypr', 'Czechy', 'Ćwierć', 'Estonia'],
    ],
    [
      ['Austria', 'Ąb', 'Belgia'],
      ['Austria', 'Ąb', 'Belgia'],
    ],
  ])('%o → %o', (names, expected) => {
    expect([...names].sort(comparePolish)).toEqual(expected);
  });

  it.each([
    ['Łotwa', 'Litwa', 1],
    ['Łotwa', 'Malta', -1],
    ['Śląsk', 'Szwecja', 1],
    ['Polska', 'Polska', 0],
    ['Grupa Robocza ds. Azylu', 'Grupa Robocza ds. Integracji, Migracji i Wydalenia', -1],
    ['a b', 'ab', -1],
    ['a-b', 'a,b', -1],
    ['ab', 'aB', -1],
    ['aB', 'Ab', -1],
    ['a', 'A b', -1],
    ['Rada „Azyl”, which Intl.Collator compares', 'Rada Azyl', -1],
    ['Łódź', 'Lodz', 1],
  ])('comparePolish("%s", "%s") has sign %s', (a, b, sign) => {
    expect(Math.sign(comparePolish(a, b))).toBe(sign);
  });

  it('compares as Intl.Collator("pl") does, on text of letters, digits, spaces and punctuation', () => {
    const icu = new Intl.Collator('pl');
    const text = fc.string({ unit: fc.constantFrom(...' _-,;:!?.()/09aąbcćdeęlłoósśzźżAĄCĆEĘLŁOÓSŚZŹŻ„”’é\u0301'), maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(comparePolish(a, b))).toBe(Math.sign(icu.compare(a, b)));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 3000) },
    );
  });
});
