// Small text helpers that follow Polish rules: capitals, whole words and alphabetical order.

let collator: Intl.Collator | undefined;

/** What lies between words: anything but letters and numbers. */
const BETWEEN_WORDS = /[^\p{L}\p{N}]+/u;

// Upper-cases the first letter by Polish rules and leaves the rest as it is.
export function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) {
    return s;
  }
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase('pl') + s.slice(letter.length);
}

// Tells whether the word occurs in the text as a whole word (case-sensitive).
export function containsWord(s: string, word: string): boolean {
  return s.split(BETWEEN_WORDS).includes(word);
}

/**
 * The characters whose Polish order (ICU's, for 'pl') is one weight each, in that order: space and some punctuation,
 * digits, then letters, each capital with its small letter. Text of these alone is compared here; any other text
 * by Intl.Collator, whose first use costs about 7 ms of ICU set-up, a large part of a section's build.
 */
const ALPHABET = ' _-,;:!?.()/0123456789aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż';

/** Each character's place in ALPHABET, the same for a capital (its case is told by CAPITALS). */
const PLACE = new Map(
  [...ALPHABET].flatMap(
    (c, i) =>
      [
        [c, i],
        [c.toLocaleUpperCase('pl'), i],
      ] as [string, number][],
  ),
);
const CAPITALS = new Set([...ALPHABET].map((c) => c.toLocaleUpperCase('pl')).filter((c) => !ALPHABET.includes(c)));

/** The sort key of each string compared so far: null for one with a character outside ALPHABET. */
const KEYS = new Map<string, string | null>();

// Compares two strings in Polish alphabetical order (Ł after L, Ś after S), as Intl.Collator('pl') does.
export function comparePolish(a: string, b: string): number {
  return compareKeyed(a, sortKey(a), b, sortKey(b));
}

/** A string with its Polish sort key (polishSortKey), made once for a sort that compares it many times. */
export interface PolishKeyed {
  text: string;
  key: string | null;
}

// Returns a string with its Polish sort key, for comparePolishKeyed.
export function polishKeyed(text: string): PolishKeyed {
  return { text, key: sortKey(text) };
}

// Compares two strings with their keys made beforehand, as comparePolish compares them.
export function comparePolishKeyed(a: PolishKeyed, b: PolishKeyed): number {
  return compareKeyed(a.text, a.key, b.text, b.key);
}

// Compares two strings by their sort keys, or by ICU's Polish order when either has none.
function compareKeyed(a: string, keyA: string | null, b: string, keyB: string | null): number {
  if (keyA !== null && keyB !== null) return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  collator ??= new Intl.Collator('pl');
  return collator.compare(a, b);
}

// Returns the key that orders strings of ALPHABET alone as ICU does, compared as plain strings, or null for other
// text: each character's place regardless of case, then U+0000, then each character's case, "0" small and "1"
// capital. So the first letter that differs regardless of case decides; a string that begins another comes first
// (U+0000 sorts before every place); and the same letters leave it to the first difference of case, small first.
// Each string's key is made once: a sort compares the same names again and again.
function sortKey(s: string): string | null {
  let key = KEYS.get(s);
  if (key !== undefined) return key;
  let [places, cases] = ['', ''];
  for (const c of s) {
    const place = PLACE.get(c);
    if (place === undefined) {
      KEYS.set(s, null);
      return null;
    }
    places += String.fromCharCode(place + 1);
    cases += CAPITALS.has(c) ? '1' : '0';
  }
  key = `${places}\u0000${cases}`;
  KEYS.set(s, key);
  return key;
}
