// Small text helpers that follow Polish rules: capitals, whole words and alphabetical order.

let collator: Intl.Collator | undefined;

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
  return s.split(/[^\p{L}\p{N}]+/u).includes(word);
}

// Compares two strings in Polish alphabetical order (Ł after L, Ś after S).
export function comparePolish(a: string, b: string): number {
  collator ??= new Intl.Collator('pl');
  return collator.compare(a, b);
}

// Returns a copy of the items sorted in Polish alphabetical order of their keys.
export function sortPolish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => comparePolish(key(a), key(b)));
}
