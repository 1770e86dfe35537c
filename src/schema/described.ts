// A field's description in each language of the interface, declared where the field is: `.meta(described(en, pl))`.
// zod keeps it as the field's metadata (its public registries: https://zod.dev/metadata) and writes it into the JSON
// Schema: the English as `description`, as zod names it, and every language under `descriptions`; the JSON Schema of a
// run keeps the description in the run's language (./descriptions.ts). Plain data, no zod, so that the parts of
// sentences (./wording-parts.ts) are described the same way.
import type { Language } from '../i18n/language.ts';

/** A description in every language of the interface. */
export type Described = { readonly description: string; readonly descriptions: Readonly<Record<Language, string>> };

declare module 'zod' {
  interface GlobalMeta {
    /** The description in each language, English included: a schema made from a described one (`.describe(en)`)
     * inherits it with a description of its own, which it then no longer translates. */
    descriptions?: Readonly<Record<Language, string>>;
  }
}

// Describes a field in English and in Polish.
export function described(en: string, pl: string): Described {
  return { description: en, descriptions: { en, pl } };
}
