// The validator of each kind of record, generated from its JSON Schema when the command is bundled
// (scripts/validators.mjs): scripts/bundle.mjs puts them in the place of this module, so that records that are
// well-formed are checked without loading zod. From the source tree there are none, and zod checks every record.
import type { Kind } from './kinds.ts';

/** Tells whether a record's data is well-formed: true only for data zod accepts as it is. */
export type Validator = (data: unknown) => boolean;

/** The validators, by kind; a kind without one is checked by zod alone. */
export const VALIDATORS: Partial<Record<Kind, Validator>> = {};
