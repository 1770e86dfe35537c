import { describe, expect, it } from 'vitest';
import { CASES, MAX_WORDS, cardinal, type Case, type NumeralClass } from '../../src/polish/index.ts';

// number, class, then the forms in nom, gen, dat, acc, inst, loc
const TABLE: readonly [number, NumeralClass, string, string, string, string, string, string][] = [
  [1, 'm', 'jeden', 'jednego', 'jednemu', 'jeden', 'jednym', 'jednym'],
  [1, 'f', 'jedna', 'jednej', 'jednej', 'jedną', 'jedną', 'jednej'],
  [1, 'n', 'jedno', 'jednego', 'jednemu', 'jedno', 'jednym', 'jednym'],
  [1, 'personal', 'jeden', 'jednego', 'jednemu', 'jednego', 'jednym', 'jednym'],
  [2, 'm', 'dwa', 'dwóch', 'dwóm', 'dwa', 'dwoma', 'dwóch'],
  [2, 'f', 'dwie', 'dwóch', 'dwóm', 'dwie', 'dwiema', 'dwóch'],
  [2, 'n', 'dwa', 'dwóch', 'dwóm', 'dwa', 'dwoma', 'dwóch'],
  [2, 'personal', 'dwóch', 'dwóch', 'dwóm', 'dwóch', 'dwoma', 'dwóch'],
  [3, 'n', 'trzy', 'trzech', 'trzem', 'trzy', 'trzema', 'trzech'],
  [3, 'f', 'trzy', 'trzech', 'trzem', 'trzy', 'trzema', 'trzech'],
  [3, 'personal', 'trzech', 'trzech', 'trzem', 'trzech', 'trzema', 'trzech'],
  [4, 'm', 'cztery', 'czterech', 'czterem', 'cztery', 'czterema', 'czterech'],
  [4, 'personal', 'czterech', 'czterech', 'czterem', 'czterech', 'czterema', 'czterech'],
  [5, 'n', 'pięć', 'pięciu', 'pięciu', 'pięć', 'pięcioma', 'pięciu'],
  [5, 'personal', 'pięciu', 'pięciu', 'pięciu', 'pięciu', 'pięcioma', 'pięciu'],
  [6, 'f', 'sześć', 'sześciu', 'sześciu', 'sześć', 'sześcioma', 'sześciu'],
  [7, 'm', 'siedem', 'siedmiu', 'siedmiu', 'siedem', 'siedmioma', 'siedmiu'],
  [8, 'n', 'osiem', 'ośmiu', 'ośmiu', 'osiem', 'ośmioma', 'ośmiu'],
  [9, 'n', 'dziewięć', 'dziewięciu', 'dziewięciu', 'dziewięć', 'dziewięcioma', 'dziewięciu'],
  [10, 'n', 'dziesięć', 'dziesięciu', 'dziesięciu', 'dziesięć', 'dziesięcioma', 'dziesięciu'],
  [11, 'n', 'jedenaście', 'jedenastu', 'jedenastu', 'jedenaście', 'jedenastoma', 'jedenastu'],
  [12, 'personal', 'dwunastu', 'dwunastu', 'dwunastu', 'dwunastu', 'dwunastoma', 'dwunastu'],
  [13, 'n', 'trzynaście', 'trzynastu', 'trzynastu', 'trzynaście', 'trzynastoma', 'trzynastu'],
  [14, 'n', 'czternaście', 'czternastu', 'czternastu', 'czternaście', 'czternastoma', 'czternastu'],
  [15, 'n', 'piętnaście', 'piętnastu', 'piętnastu', 'piętnaście', 'piętnastoma', 'piętnastu'],
  [16, 'n', 'szesnaście', 'szesnastu', 'szesnastu', 'szesnaście', 'szesnastoma', 'szesnastu'],
  [17, 'n', 'siedemnaście', 'siedemnastu', 'siedemnastu', 'siedemnaście', 'siedemnastoma', 'siedemnastu'],
  [18, 'n', 'osiemnaście', 'osiemnastu', 'osiemnastu', 'osiemnaście', 'osiemnastoma', 'osiemnastu'],
  [19, 'n', 'dziewiętnaście', 'dziewiętnastu', 'dziewiętnastu', 'dziewiętnaście', 'dziewiętnastoma', 'dziewiętnastu'],
  [20, 'n', 'dwadzieścia', 'dwudziestu', 'dwudziestu', 'dwadzieścia', 'dwudziestoma', 'dwudziestu'],
  [21, 'n', 'dwadzieścia jeden', 'dwudziestu jeden', 'dwudziestu jeden', 'dwadzieścia jeden', 'dwudziestoma jeden', 'dwudziestu jeden'],
  [21, 'f', 'dwadzieścia jeden', 'dwudziestu jeden', 'dwudziestu jeden', 'dwadzieścia jeden', 'dwudziestoma jeden', 'dwudziestu jeden'],
  [22, 'n', 'dwadzieścia dwa', 'dwudziestu dwóch', 'dwudziestu dwóm', 'dwadzieścia dwa', 'dwudziestoma dwoma', 'dwudziestu dwóch'],
  [22, 'f', 'dwadzieścia dwie', 'dwudziestu dwóch', 'dwudziestu dwóm', 'dwadzieścia dwie', 'dwudziestoma dwiema', 'dwudziestu dwóch'],
  [22, 'personal', 'dwudziestu dwóch', 'dwudziestu dwóch', 'dwudziestu dwóm', 'dwudziestu dwóch', 'dwudziestoma dwoma', 'dwudziestu dwóch'],
  [24, 'm', 'dwadzieścia cztery', 'dwudziestu czterech', 'dwudziestu czterem', 'dwadzieścia cztery', 'dwudziestoma czterema', 'dwudziestu czterech'],
  [25, 'n', 'dwadzieścia pięć', 'dwudziestu pięciu', 'dwudziestu pięciu', 'dwadzieścia pięć', 'dwudziestoma pięcioma', 'dwudziestu pięciu'],
  [30, 'n', 'trzydzieści', 'trzydziestu', 'trzydziestu', 'trzydzieści', 'trzydziestoma', 'trzydziestu'],
  [40, 'n', 'czterdzieści', 'czterdziestu', 'czterdziestu', 'czterdzieści', 'czterdziestoma', 'czterdziestu'],
  [50, 'n', 'pięćdziesiąt', 'pięćdziesięciu', 'pięćdziesięciu', 'pięćdziesiąt', 'pięćdziesięcioma', 'pięćdziesięciu'],
  [60, 'n', 'sześćdziesiąt', 'sześćdziesięciu', 'sześćdziesięciu', 'sześćdziesiąt', 'sześćdziesięcioma', 'sześćdziesięciu'],
  [70, 'n', 'siedemdziesiąt', 'siedemdziesięciu', 'siedemdziesięciu', 'siedemdziesiąt', 'siedemdziesięcioma', 'siedemdziesięciu'],
  [80, 'n', 'osiemdziesiąt', 'osiemdziesięciu', 'osiemdziesięciu', 'osiemdziesiąt', 'osiemdziesięcioma', 'osiemdziesięciu'],
  [90, 'n', 'dziewięćdziesiąt', 'dziewięćdziesięciu', 'dziewięćdziesięciu', 'dziewięćdziesiąt', 'dziewięćdziesięcioma', 'dziewięćdziesięciu'],
  [99, 'personal', 'dziewięćdziesięciu dziewięciu', 'dziewięćdziesięciu dziewięciu', 'dziewięćdziesięciu dziewięciu', 'dziewięćdziesięciu dziewięciu', 'dziewięćdziesięcioma dziewięcioma', 'dziewięćdziesięciu dziewięciu'],
  [100, 'n', 'sto', 'stu', 'stu', 'sto', 'stoma', 'stu'],
  [101, 'n', 'sto jeden', 'stu jeden', 'stu jeden', 'sto jeden', 'stoma jeden', 'stu jeden'],
  [112, 'n', 'sto dwanaście', 'stu dwunastu', 'stu dwunastu', 'sto dwanaście', 'stoma dwunastoma', 'stu dwunastu'],
  [122, 'f', 'sto dwadzieścia dwie', 'stu dwudziestu dwóch', 'stu dwudziestu dwóm', 'sto dwadzieścia dwie', 'stoma dwudziestoma dwiema', 'stu dwudziestu dwóch'],
  [200, 'n', 'dwieście', 'dwustu', 'dwustu', 'dwieście', 'dwustoma', 'dwustu'],
  [300, 'n', 'trzysta', 'trzystu', 'trzystu', 'trzysta', 'trzystoma', 'trzystu'],
  [400, 'n', 'czterysta', 'czterystu', 'czterystu', 'czterysta', 'czterystoma', 'czterystu'],
  [500, 'n', 'pięćset', 'pięciuset', 'pięciuset', 'pięćset', 'pięciuset', 'pięciuset'],
  [600, 'n', 'sześćset', 'sześciuset', 'sześciuset', 'sześćset', 'sześciuset', 'sześciuset'],
  [700, 'n', 'siedemset', 'siedmiuset', 'siedmiuset', 'siedemset', 'siedmiuset', 'siedmiuset'],
  [800, 'n', 'osiemset', 'ośmiuset', 'ośmiuset', 'osiemset', 'ośmiuset', 'ośmiuset'],
  [900, 'n', 'dziewięćset', 'dziewięciuset', 'dziewięciuset', 'dziewięćset', 'dziewięciuset', 'dziewięciuset'],
  [347, 'personal', 'trzystu czterdziestu siedmiu', 'trzystu czterdziestu siedmiu', 'trzystu czterdziestu siedmiu', 'trzystu czterdziestu siedmiu', 'trzystoma czterdziestoma siedmioma', 'trzystu czterdziestu siedmiu'],
  [1000, 'n', 'tysiąc', 'tysiąca', 'tysiącowi', 'tysiąc', 'tysiącem', 'tysiącu'],
  [1001, 'n', 'tysiąc jeden', 'tysiąca jeden', 'tysiącowi jeden', 'tysiąc jeden', 'tysiącem jeden', 'tysiącu jeden'],
  [2000, 'f', 'dwa tysiące', 'dwóch tysięcy', 'dwóm tysiącom', 'dwa tysiące', 'dwoma tysiącami', 'dwóch tysiącach'],
  [2002, 'f', 'dwa tysiące dwie', 'dwóch tysięcy dwóch', 'dwóm tysiącom dwóm', 'dwa tysiące dwie', 'dwoma tysiącami dwiema', 'dwóch tysiącach dwóch'],
  [5000, 'personal', 'pięć tysięcy', 'pięciu tysięcy', 'pięciu tysiącom', 'pięć tysięcy', 'pięcioma tysiącami', 'pięciu tysiącach'],
  [12000, 'n', 'dwanaście tysięcy', 'dwunastu tysięcy', 'dwunastu tysiącom', 'dwanaście tysięcy', 'dwunastoma tysiącami', 'dwunastu tysiącach'],
  [22000, 'n', 'dwadzieścia dwa tysiące', 'dwudziestu dwóch tysięcy', 'dwudziestu dwóm tysiącom', 'dwadzieścia dwa tysiące', 'dwudziestoma dwoma tysiącami', 'dwudziestu dwóch tysiącach'],
  [
    999999,
    'n',
    'dziewięćset dziewięćdziesiąt dziewięć tysięcy dziewięćset dziewięćdziesiąt dziewięć',
    'dziewięciuset dziewięćdziesięciu dziewięciu tysięcy dziewięciuset dziewięćdziesięciu dziewięciu',
    'dziewięciuset dziewięćdziesięciu dziewięciu tysiącom dziewięciuset dziewięćdziesięciu dziewięciu',
    'dziewięćset dziewięćdziesiąt dziewięć tysięcy dziewięćset dziewięćdziesiąt dziewięć',
    'dziewięciuset dziewięćdziesięcioma dziewięcioma tysiącami dziewięciuset dziewięćdziesięcioma dziewięcioma',
    'dziewięciuset dziewięćdziesięciu dziewięciu tysiącach dziewięciuset dziewięćdziesięciu dziewięciu',
  ],
];

describe('cardinal in every case', () => {
  it.each(TABLE)('%s (%s)', (n, k, ...forms) => {
    expect(CASES.map((c: Case) => cardinal(n, c, k))).toEqual(forms);
  });
});

describe('cardinal outside 1–999 999', () => {
  it.each([0, -1, 1.5, MAX_WORDS + 1, Number.NaN])('refuses %s', (n) => {
    expect(() => cardinal(n, 'nom', 'n')).toThrow(RangeError);
  });
});
