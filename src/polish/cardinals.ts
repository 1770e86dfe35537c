// Cardinal numerals in words, in every case: "dwa", "dwóch", "dwóm", "dwoma", "dwudziestu dwóch", "stu jeden".

import { message, MessageError } from '../i18n/message.ts';
import { declineAdjective } from './adjectives.ts';
import type { Case, Gender } from './types.ts';

/**
 * What a numeral agrees with: the gender of its noun, or `personal` for a masculine-personal noun
 * ("dwóch przedstawicieli", "pięciu ekspertów").
 */
export type NumeralClass = Gender | 'personal';

/** The largest number written in words; beyond it numbers are written in digits. */
export const MAX_WORDS = 999_999;

/** A numeral from five up: its nominative, its form in the genitive, dative and locative, and its instrumental. */
interface Base {
  nom: string;
  obl: string;
  inst: string;
}

// Builds a base numeral's forms.
function base(nom: string, obl: string, inst: string): Base {
  return { nom, obl, inst };
}

/** 5–19, the tens from 20 and the hundreds. */
const BASES: ReadonlyMap<number, Base> = new Map([
  [5, base('pięć', 'pięciu', 'pięcioma')],
  [6, base('sześć', 'sześciu', 'sześcioma')],
  [7, base('siedem', 'siedmiu', 'siedmioma')],
  [8, base('osiem', 'ośmiu', 'ośmioma')],
  [9, base('dziewięć', 'dziewięciu', 'dziewięcioma')],
  [10, base('dziesięć', 'dziesięciu', 'dziesięcioma')],
  [11, base('jedenaście', 'jedenastu', 'jedenastoma')],
  [12, base('dwanaście', 'dwunastu', 'dwunastoma')],
  [13, base('trzynaście', 'trzynastu', 'trzynastoma')],
  [14, base('czternaście', 'czternastu', 'czternastoma')],
  [15, base('piętnaście', 'piętnastu', 'piętnastoma')],
  [16, base('szesnaście', 'szesnastu', 'szesnastoma')],
  [17, base('siedemnaście', 'siedemnastu', 'siedemnastoma')],
  [18, base('osiemnaście', 'osiemnastu', 'osiemnastoma')],
  [19, base('dziewiętnaście', 'dziewiętnastu', 'dziewiętnastoma')],
  [20, base('dwadzieścia', 'dwudziestu', 'dwudziestoma')],
  [30, base('trzydzieści', 'trzydziestu', 'trzydziestoma')],
  [40, base('czterdzieści', 'czterdziestu', 'czterdziestoma')],
  [50, base('pięćdziesiąt', 'pięćdziesięciu', 'pięćdziesięcioma')],
  [60, base('sześćdziesiąt', 'sześćdziesięciu', 'sześćdziesięcioma')],
  [70, base('siedemdziesiąt', 'siedemdziesięciu', 'siedemdziesięcioma')],
  [80, base('osiemdziesiąt', 'osiemdziesięciu', 'osiemdziesięcioma')],
  [90, base('dziewięćdziesiąt', 'dziewięćdziesięciu', 'dziewięćdziesięcioma')],
  [100, base('sto', 'stu', 'stoma')],
  [200, base('dwieście', 'dwustu', 'dwustoma')],
  [300, base('trzysta', 'trzystu', 'trzystoma')],
  [400, base('czterysta', 'czterystu', 'czterystoma')],
  [500, base('pięćset', 'pięciuset', 'pięciuset')],
  [600, base('sześćset', 'sześciuset', 'sześciuset')],
  [700, base('siedemset', 'siedmiuset', 'siedmiuset')],
  [800, base('osiemset', 'ośmiuset', 'ośmiuset')],
  [900, base('dziewięćset', 'dziewięciuset', 'dziewięciuset')],
]);

/** 2, 3 and 4: the nominative for each class, then the oblique cases. */
const SMALL: Readonly<Record<2 | 3 | 4, { nom: Record<NumeralClass, string>; gen: string; dat: string; inst: Record<NumeralClass, string>; loc: string }>> = {
  2: {
    nom: { m: 'dwa', n: 'dwa', f: 'dwie', personal: 'dwóch' },
    gen: 'dwóch',
    dat: 'dwóm',
    inst: { m: 'dwoma', n: 'dwoma', f: 'dwiema', personal: 'dwoma' },
    loc: 'dwóch',
  },
  3: {
    nom: { m: 'trzy', n: 'trzy', f: 'trzy', personal: 'trzech' },
    gen: 'trzech',
    dat: 'trzem',
    inst: { m: 'trzema', n: 'trzema', f: 'trzema', personal: 'trzema' },
    loc: 'trzech',
  },
  4: {
    nom: { m: 'cztery', n: 'cztery', f: 'cztery', personal: 'czterech' },
    gen: 'czterech',
    dat: 'czterem',
    inst: { m: 'czterema', n: 'czterema', f: 'czterema', personal: 'czterema' },
    loc: 'czterech',
  },
};

/** "tysiąc" in the singular (1000) and the plural (2000, 5000 …). */
const THOUSAND_SG: Record<Case, string> = { nom: 'tysiąc', gen: 'tysiąca', dat: 'tysiącowi', acc: 'tysiąc', inst: 'tysiącem', loc: 'tysiącu' };
const THOUSAND_PL: Record<Case, string> = { nom: 'tysiące', gen: 'tysięcy', dat: 'tysiącom', acc: 'tysiące', inst: 'tysiącami', loc: 'tysiącach' };

/**
 * Returns the number 1–999 999 in words, in the case, agreeing with its noun: (2, "nom", "f") -> "dwie",
 * (2, "nom", "personal") -> "dwóch", (22, "inst", "n") -> "dwudziestoma dwoma", (101, "gen", "n") -> "stu jeden".
 * The nominative of a masculine-personal noun is the genitive form ("dwóch przedstawicieli", never "dwaj").
 */
export function cardinal(n: number, c: Case, k: NumeralClass): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORDS) {
    throw new MessageError(message('grammar.words-range', { max: String(MAX_WORDS), value: String(n) }));
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words: string[] = [];
  if (thousands > 0) words.push(thousandsWords(thousands, c));
  if (rest > 0) words.push(...belowThousand(rest, c, k, thousands > 0));
  return words.join(' ');
}

// Returns how many thousands, in words, with "tysiąc" in the form the count asks for: "dwa tysiące", "pięciu tysięcy".
function thousandsWords(thousands: number, c: Case): string {
  if (thousands === 1) return THOUSAND_SG[c];
  const last = thousands % 100;
  const few = last % 10 >= 2 && last % 10 <= 4 && (last < 12 || last > 14);
  const noun = c === 'nom' || c === 'acc' ? (few ? THOUSAND_PL.nom : THOUSAND_PL.gen) : THOUSAND_PL[c];
  return `${cardinal(thousands, c, 'm')} ${noun}`;
}

// Returns the words of 1–999: hundreds, tens (or a teen) and units, each in the case; "jeden" stays as it is after others.
function belowThousand(n: number, c: Case, k: NumeralClass, afterOthers: boolean): string[] {
  const hundreds = n - (n % 100);
  const tensAndUnits = n % 100;
  const parts: number[] = [];
  if (hundreds > 0) parts.push(hundreds);
  if (tensAndUnits >= 10 && tensAndUnits < 20) parts.push(tensAndUnits);
  else {
    if (tensAndUnits >= 20) parts.push(tensAndUnits - (tensAndUnits % 10));
    if (tensAndUnits % 10 > 0) parts.push(tensAndUnits % 10);
  }
  return parts.map((part, i) => (part === 1 && (afterOthers || i > 0) ? 'jeden' : component(part, c, k)));
}

// Returns one numeral word (1, 2–4, 5–19, a ten or a hundred) in the case, agreeing with the class.
function component(n: number, c: Case, k: NumeralClass): string {
  if (n === 1) {
    const gender = k === 'personal' ? 'm' : k;
    if (c === 'nom' || (c === 'acc' && gender !== 'f' && k !== 'personal')) return { m: 'jeden', f: 'jedna', n: 'jedno' }[gender];
    // "jeden" declines as a hard adjective on the stem "jedn-": jednego, jednemu, jedną, jednym, jednej
    return declineAdjective('jedny', c, { gender, number: 'sg', personal: k === 'personal' });
  }
  if (n === 2 || n === 3 || n === 4) {
    const small = SMALL[n];
    if (c === 'nom' || c === 'acc') return small.nom[k];
    return c === 'inst' ? small.inst[k] : small[c];
  }
  const forms = BASES.get(n);
  if (forms === undefined) throw new MessageError(message('grammar.no-numeral', { value: String(n) }));
  if (c === 'nom' || c === 'acc') return k === 'personal' ? forms.obl : forms.nom;
  return c === 'inst' ? forms.inst : forms.obl;
}
