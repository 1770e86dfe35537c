// The descriptions of the JSON Schema in the language of the run. The schema's own descriptions (the `describe` of
// each field in ./records.ts and the files it uses) are English; another language has a catalogue of them keyed by the
// English text, as gettext keys a translation by its source: a description whose English changes is missing from the
// catalogue until it is translated again (test/schema/descriptions.test.ts says which).
import type { Language } from '../i18n/language.ts';
import { PL_DESCRIPTIONS } from './descriptions-pl.ts';

/** The translations of the English descriptions, by language. */
export const DESCRIPTIONS: Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>> = { pl: PL_DESCRIPTIONS };

// Returns a description in a language: the English itself, its translation, or the English where the catalogue lacks it.
export function describedIn(language: Language, english: string): string {
  return language === 'en' ? english : (DESCRIPTIONS[language][english] ?? english);
}

// Copies a JSON Schema with every description in a language.
export function translatedDescriptions<T>(schema: T, language: Language): T {
  if (language === 'en') return schema;
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, key === 'description' && typeof value === 'string' ? describedIn(language, value) : copy(value)]),
    );
  };
  return copy(schema) as T;
}
