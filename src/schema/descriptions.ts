// The descriptions of the JSON Schema in the language of the run. Each field is described in every language where it
// is declared (./described.ts); zod writes the English as `description` and every language beside it
// (`descriptions`), and the JSON Schema of a run keeps only the description in its language.
import * as z from 'zod';
import type { Language } from '../i18n/language.ts';

/** A field's description in each language, as its metadata holds it. */
type Descriptions = Readonly<Record<Language, string>> | undefined;

// Returns a description in a language: its translation, or the English where the translation is not of that English.
function inLanguage(english: string, descriptions: Descriptions, language: Language): string {
  return descriptions?.en === english ? descriptions[language] : english;
}

// Returns what a field is, in a language, as its schema describes it.
export function descriptionOf(schema: z.ZodType, language: Language): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return meta?.description === undefined ? undefined : inLanguage(meta.description, meta.descriptions, language);
}

// Copies a JSON Schema with every description in a language and no other language beside it. A translation marks the
// values the analyst types as `code`: the description is then plain text without the marks, and its Markdown
// (markdownDescription, which VS Code's YAML extension shows on hover and in completion) shows them as code.
export function translatedDescriptions<T>(schema: T, language: Language): T {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    // a schema's own description is a string; a field named "description" or "descriptions" is a schema
    const { description, descriptions } = node as { description?: unknown; descriptions?: Descriptions };
    const described = typeof description === 'string';
    return Object.fromEntries(
      Object.entries(node).flatMap(([key, value]) => {
        if (described && key === 'descriptions') return [];
        if (!described || key !== 'description' || language === 'en') return [[key, copy(value)]];
        const text = inLanguage(description, descriptions, language);
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
