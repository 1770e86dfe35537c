// The shape of each kind of record: where its references, dates, noun phrases and texts are, worked out from the zod
// schemas as this module loads.
import { KIND_NAMES, type Kind } from './kinds.ts';
import { KINDS } from './records.ts';
import { shapeOf } from './shape-of.ts';
import type { Shape } from './walk.ts';

/** The shape of each kind of record. */
export const SHAPES: Record<Kind, Shape> = Object.fromEntries(
  KIND_NAMES.map((kind) => [kind, shapeOf(KINDS[kind].schema) ?? { type: 'object', fields: {} }]),
) as Record<Kind, Shape>;
