// Marks on schema fields that the later stages treat by what they are, not by their name: references to other
// records, dates, noun phrases and texts written as templates. A field is declared once, with its mark; validation, resolution and the year's
// view find every marked field by walking the schema (./walk.ts).
import { z } from 'zod';

/** What a marked field holds. */
export type Mark = { type: 'ref'; kind: 'body' | 'country' } | { type: 'date' } | { type: 'phrase' } | { type: 'text' };

/** The registry of marked field schemas (zod's public registries: https://zod.dev/metadata). */
export const MARKS = z.registry<Mark>();

// Registers a schema with its mark and returns it.
export function marked<T extends z.ZodType>(schema: T, mark: Mark): T {
  MARKS.add(schema, mark);
  return schema;
}
