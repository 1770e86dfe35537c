// The parts of the built-in sentences a kind of record may word its own way, as its schema's `wording` field lists them
// (./wording.ts): declared once, with the kind's fields in ./records.ts.
import * as z from 'zod';
import type { Described } from './described.ts';
import type { Kind } from './kinds.ts';
import { SCHEMAS } from './records.ts';
import { WORDING_FIELDS } from './wording.ts';

// Returns the parts a kind's records may word, each with what it is: none for a kind without a `wording` field.
export function wordingParts(kind: Kind): Readonly<Record<string, Described>> {
  const field: z.ZodType | undefined = (SCHEMAS[kind] as z.ZodObject).shape.wording;
  return (field && WORDING_FIELDS.get(field instanceof z.ZodOptional ? field.unwrap() : field)?.parts) ?? {};
}
