// The shape of each kind of record: where its references, dates, noun phrases and texts are. From the source tree it
// is worked out from the zod schemas as this module loads; scripts/bundle.mjs writes it into the bundle as plain data
// in the place of this module, so that a run reads records without loading zod (test/schema/shapes.test.ts holds the
// two to each other).
import { KIND_NAMES, type Kind } from './kinds.ts';
import { SCHEMAS } from './records.ts';
import { shapeOf } from './shape-of.ts';
import type { Shape } from './walk.ts';

/** The shape of each kind of record. */
export const SHAPES: Record<Kind, Shape> = Object.fromEntries(
  KIND_NAMES.map((kind) => [kind, shapeOf(SCHEMAS[kind]) ?? { type: 'object', fields: {} }]),
) as Record<Kind, Shape>;
