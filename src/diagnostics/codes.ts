// Diagnostic codes, declared where they are raised, each with its severity and its documentation: the way ESLint's rules
// export their meta beside their check. docs/validation.md and docs/pl/kody.md are generated from the declarations
// (npm run docs, src/codes/).
import type { Severity } from './diagnostic.ts';

/** What a code means and what to do about it, in one language of the docs (Markdown). */
export interface CodeText {
  means: string;
  fix: string;
}

/** The sections of the docs that list the codes, in order. */
export const TOPICS = ['data-folder', 'reading', 'yaml', 'fields', 'dates', 'counts', 'references', 'text', 'characters', 'build', 'review', 'year'] as const;

export type Topic = (typeof TOPICS)[number];

/** A code as declared: its severity, the section of the docs that lists it, and what it says in English and Polish. */
export interface CodeMeta {
  severity: Severity;
  topic: Topic;
  en: CodeText;
  pl: CodeText;
}

/**
 * Every code of the program: each declaration adds its codes to this interface (TypeScript's module augmentation), so
 * that a diagnostic can be made only with a declared code.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the declarations where codes are raised
export interface DeclaredCodes {}

/** A declared diagnostic code. */
export type Code = keyof DeclaredCodes & string;

// Declares the codes raised in one place of the program, keeping their names as types.
export function declareCodes<const C extends Record<string, CodeMeta>>(codes: C): C {
  return codes;
}
