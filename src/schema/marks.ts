// Marks on schema fields that the later stages treat by what they are, not by their name: references to other
// records, dates, noun phrases, texts written as templates, and the words the Polish grammar declines (a counted
// noun, an adjective), which validation checks as the sentences will read them. A field is declared once, with its mark; validation, resolution and the year's
// view find every marked field by walking the schema (./walk.ts).
import * as z from 'zod';

/** What a marked field holds. */
export type Mark =
  | { type: 'ref'; kind: 'body' | 'country' }
  | { type: 'date' }
  | { type: 'phrase' }
  | { type: 'text' }
  | { type: 'counted-noun' }
  | { type: 'adjective' };

/** The registry of marked field schemas (zod's public registries: https://zod.dev/metadata). */
export const MARKS = z.registry<Mark>();

// Registers a schema with its mark and returns it.
export function marked<T extends z.ZodType>(schema: T, mark: Mark): T {
  MARKS.add(schema, mark);
  return schema;
}
