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

// Copies a JSON Schema with every description in a language. A translation marks the values the analyst types as
// `code`: the description is then plain text without the marks, and its Markdown (markdownDescription, which VS Code's
// YAML extension shows on hover and in completion) shows them as code.
export function translatedDescriptions<T>(schema: T, language: Language): T {
  if (language === 'en') return schema;
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).flatMap(([key, value]) => {
        if (key !== 'description' || typeof value !== 'string') return [[key, copy(value)]];
        const text = describedIn(language, value);
        return text.includes('`')
          ? [
              [key, text.replaceAll('`', '')],
              ['markdownDescription', markdown(text)],
            ]
          : [[key, text]];
      }),
    );
  };
  return copy(schema) as T;
}

// Writes a description as Markdown: its `code` as code, the rest escaped, to read as it is written.
export function markdown(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => (part.startsWith('`') ? part : part.replace(/[\\*_{}[\]#+!<>]/g, '\\$&')))
    .join('');
}
