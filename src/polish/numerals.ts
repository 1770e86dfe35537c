// Numbers in Polish: plural categories, counted nouns, numeral words and verbs agreeing with a count.

import { message, MessageError } from '../i18n/message.ts';
import type { Case, Gender, PluralCategory, Tense } from './types.ts';
import { conjugate, type VerbForms } from './verbs.ts';

/**
 * A noun's forms after a number. `one` is the nominative singular ("państwo"), `few` the nominative plural
 * used after 2–4, 22–24 … ("państwa"), `many` the genitive plural ("państw") and `other` the genitive
 * singular used after fractions ("1,5 państwa"). A `personal` (masculine-personal) noun takes `many` after
 * 2–4 as well ("2 przedstawicieli"); its `few` keeps the nominative plural ("przedstawiciele").
 */
export interface CountedNoun {
  one: string;
  few: string;
  many: string;
  other: string;
  personal?: boolean;
  gender: Gender;
  /** Other case forms, where a count in that case needs them (`countIn`): `sg` for 1, `pl` for more. */
  sg?: Partial<Record<Case, string>>;
  pl?: Partial<Record<Case, string>>;
}

/** Nouns the report counts, with the singular case forms a count of 1 needs (the plural's are made by rule). */
export const NOUNS = {
  państwo: { one: 'państwo', few: 'państwa', many: 'państw', other: 'państwa', gender: 'n', sg: sg('państwu', 'państwem', 'państwie') },
  rok: { one: 'rok', few: 'lata', many: 'lat', other: 'roku', gender: 'm', sg: sg('rokowi', 'rokiem', 'roku') },
  raz: { one: 'raz', few: 'razy', many: 'razy', other: 'razu', gender: 'm', sg: sg('razowi', 'razem', 'razie') },
  przedstawiciel: {
    one: 'przedstawiciel',
    few: 'przedstawiciele',
    many: 'przedstawicieli',
    other: 'przedstawiciela',
    personal: true,
    gender: 'm',
    sg: sg('przedstawicielowi', 'przedstawicielem', 'przedstawicielu'),
  },
  pracownik: {
    one: 'pracownik',
    few: 'pracownicy',
    many: 'pracowników',
    other: 'pracownika',
    personal: true,
    gender: 'm',
    sg: sg('pracownikowi', 'pracownikiem', 'pracowniku'),
  },
  ekspert: {
    one: 'ekspert',
    few: 'eksperci',
    many: 'ekspertów',
    other: 'eksperta',
    personal: true,
    gender: 'm',
    sg: sg('ekspertowi', 'ekspertem', 'ekspercie'),
  },
  projekt: { one: 'projekt', few: 'projekty', many: 'projektów', other: 'projektu', gender: 'm', sg: sg('projektowi', 'projektem', 'projekcie') },
  grupa: { one: 'grupa', few: 'grupy', many: 'grup', other: 'grupy', gender: 'f', sg: sg('grupie', 'grupą', 'grupie') },
  organizacja: {
    one: 'organizacja',
    few: 'organizacje',
    many: 'organizacji',
    other: 'organizacji',
    gender: 'f',
    sg: sg('organizacji', 'organizacją', 'organizacji'),
  },
  osoba: { one: 'osoba', few: 'osoby', many: 'osób', other: 'osoby', gender: 'f', sg: sg('osobie', 'osobą', 'osobie') },
  miesiąc: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca', gender: 'm', sg: sg('miesiącowi', 'miesiącem', 'miesiącu') },
  kraj: { one: 'kraj', few: 'kraje', many: 'krajów', other: 'kraju', gender: 'm', sg: sg('krajowi', 'krajem', 'kraju') },
  spotkanie: { one: 'spotkanie', few: 'spotkania', many: 'spotkań', other: 'spotkania', gender: 'n', sg: sg('spotkaniu', 'spotkaniem', 'spotkaniu') },
  posiedzenie: {
    one: 'posiedzenie',
    few: 'posiedzenia',
    many: 'posiedzeń',
    other: 'posiedzenia',
    gender: 'n',
    sg: sg('posiedzeniu', 'posiedzeniem', 'posiedzeniu'),
  },
  wizyta: { one: 'wizyta', few: 'wizyty', many: 'wizyt', other: 'wizyty', gender: 'f', sg: sg('wizycie', 'wizytą', 'wizycie') },
  misja: { one: 'misja', few: 'misje', many: 'misji', other: 'misji', gender: 'f', sg: sg('misji', 'misją', 'misji') },
  dzień: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia', gender: 'm', sg: sg('dniowi', 'dniem', 'dniu') },
  tydzień: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia', gender: 'm', sg: sg('tygodniowi', 'tygodniem', 'tygodniu') },
  członek: { one: 'członek', few: 'członkowie', many: 'członków', other: 'członka', personal: true, gender: 'm', sg: sg('członkowi', 'członkiem', 'członku') },
  uczestnik: {
    one: 'uczestnik',
    few: 'uczestnicy',
    many: 'uczestników',
    other: 'uczestnika',
    personal: true,
    gender: 'm',
    sg: sg('uczestnikowi', 'uczestnikiem', 'uczestniku'),
  },
  szkolenie: { one: 'szkolenie', few: 'szkolenia', many: 'szkoleń', other: 'szkolenia', gender: 'n', sg: sg('szkoleniu', 'szkoleniem', 'szkoleniu') },
  konferencja: {
    one: 'konferencja',
    few: 'konferencje',
    many: 'konferencji',
    other: 'konferencji',
    gender: 'f',
    sg: sg('konferencji', 'konferencją', 'konferencji'),
  },
  instytucja: { one: 'instytucja', few: 'instytucje', many: 'instytucji', other: 'instytucji', gender: 'f', sg: sg('instytucji', 'instytucją', 'instytucji') },
  porozumienie: {
    one: 'porozumienie',
    few: 'porozumienia',
    many: 'porozumień',
    other: 'porozumienia',
    gender: 'n',
    sg: sg('porozumieniu', 'porozumieniem', 'porozumieniu'),
  },
} satisfies Record<string, CountedNoun>;

// Builds the singular dative, instrumental and locative of a counted noun.
function sg(dat: string, inst: string, loc: string): Partial<Record<Case, string>> {
  return { dat, inst, loc };
}

let pluralRules: Intl.PluralRules | undefined;

// Returns the Polish plural category of a number.
export function pluralCategory(n: number): PluralCategory {
  pluralRules ??= new Intl.PluralRules('pl');
  return pluralRules.select(n) as PluralCategory;
}

// Returns the form of a noun that follows the number n.
export function countNoun(n: number, noun: CountedNoun): string {
  const category = pluralCategory(n);
  if (category === 'few' && noun.personal) {
    return noun.many;
  }
  return noun[category];
}

// Writes a number the Polish way: decimal comma, non-breaking-space groups from 10 000 up.
export function formatNumber(n: number): string {
  const digits = String(Math.abs(n));
  if (!Number.isFinite(n) || digits.includes('e')) {
    throw new MessageError(message('grammar.not-decimal', { value: String(n) }));
  }
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.length >= 5 ? whole.replace(/\B(?=(\d{3})+$)/g, '\u00A0') : whole;
  const sign = n < 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

// Returns the number in digits followed by the agreeing noun form ("15 państw").
export function countPhrase(n: number, noun: CountedNoun): string {
  return `${formatNumber(n)} ${countNoun(n, noun)}`;
}

const NUMERAL_WORDS: readonly { plain: string; personal: string }[] = [
  { plain: 'zero', personal: 'zero' },
  { plain: 'jeden', personal: 'jeden' },
  { plain: 'dwa', personal: 'dwóch' },
  { plain: 'trzy', personal: 'trzech' },
  { plain: 'cztery', personal: 'czterech' },
  { plain: 'pięć', personal: 'pięciu' },
  { plain: 'sześć', personal: 'sześciu' },
  { plain: 'siedem', personal: 'siedmiu' },
  { plain: 'osiem', personal: 'ośmiu' },
  { plain: 'dziewięć', personal: 'dziewięciu' },
  { plain: 'dziesięć', personal: 'dziesięciu' },
  { plain: 'jedenaście', personal: 'jedenastu' },
  { plain: 'dwanaście', personal: 'dwunastu' },
];

// Returns the nominative numeral word for n agreeing with the noun, or undefined beyond twelve.
function numeralWord(n: number, gender: Gender, personal: boolean): string | undefined {
  if (n === 1) {
    return { m: 'jeden', f: 'jedna', n: 'jedno' }[gender];
  }
  if (n === 2 && gender === 'f') {
    return 'dwie';
  }
  const words = Number.isInteger(n) ? NUMERAL_WORDS[n] : undefined;
  return personal ? words?.personal : words?.plain;
}

/**
 * Returns the verb agreeing with a counted subject. 1 takes the noun's gender and number; 2–4 (22–24 …)
 * take the plural, except masculine-personal nouns, which stand in the genitive ("dwóch przedstawicieli")
 * and so, like 5 and up, 0 and fractions, take the neuter singular ("wzięło udział 5 przedstawicieli";
 * present "bierze udział dwóch przedstawicieli").
 */
export function countVerb(n: number, verb: VerbForms, tense: Tense, noun: Pick<CountedNoun, 'gender' | 'personal'>): string {
  const category = pluralCategory(n);
  if (category === 'one') {
    return conjugate(verb, tense, { gender: noun.gender, number: 'sg' });
  }
  if (category === 'few' && !noun.personal) {
    return conjugate(verb, tense, { gender: noun.gender, number: 'pl', personal: false });
  }
  return conjugate(verb, tense, { gender: 'n', number: 'sg' });
}

// Returns how many times, in words up to twelve ("raz", "dwa razy"), in digits beyond ("15 razy").
export function timesWord(n: number): string {
  if (n === 1) {
    return 'raz';
  }
  const word = n <= 12 ? numeralWord(n, 'm', false) : undefined;
  return `${word ?? formatNumber(n)} ${countNoun(n, NOUNS.raz)}`;
}
