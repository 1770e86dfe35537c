// The shape of each kind of record: where its references, dates, noun phrases and texts are, worked out from the zod
// schemas as this module loads.
import { KIND_NAMES, type Kind } from './kinds.ts';
import { SCHEMAS } from './records.ts';
import { shapeOf } from './shape-of.ts';
import type { Shape } from './walk.ts';

/** The shape of each kind of record. */
export const SHAPES: Record<Kind, Shape> = Object.fromEntries(
  KIND_NAMES.map((kind) => [kind, shapeOf(SCHEMAS[kind]) ?? { type: 'object', fields: {} }]),
) as Record<Kind, Shape>;
