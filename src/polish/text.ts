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

// Compares two strings in Polish alphabetical order (Ł after L, Ś after S), as Intl.Collator('pl') does.
export function comparePolish(a: string, b: string): number {
  const simple = compareSimple(a, b);
  if (simple !== undefined) return simple;
  collator ??= new Intl.Collator('pl');
  return collator.compare(a, b);
}

// Compares as ICU does strings of ALPHABET alone: the first letter that differs regardless of case decides, then
// the shorter string comes first, then the first difference of case (small before capital). Undefined for others.
function compareSimple(a: string, b: string): number | undefined {
  for (const c of a + b) if (!PLACE.has(c)) return undefined;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = PLACE.get(a[i]!)! - PLACE.get(b[i]!)!;
    if (d) return d < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const capital = Number(CAPITALS.has(a[i]!)) - Number(CAPITALS.has(b[i]!));
    if (capital) return capital;
  }
  return 0;
}
