// Reduces a zod schema to its shape (./walk.ts): the objects, lists, maps and alternatives that lead to marked fields.
import * as z from 'zod';
import { MARKS } from './marks.ts';
import type { Shape } from './walk.ts';

// Returns the shape of a schema, or undefined when no marked field lies inside it.
export function shapeOf(schema: z.ZodType): Shape | undefined {
  const mark = MARKS.get(schema);
  if (mark) return { type: 'mark', mark };
  if (schema instanceof z.ZodOptional) return shapeOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return wrap(shapeOf(schema.element as z.ZodType), (of) => ({ type: 'list', of }));
  if (schema instanceof z.ZodRecord) return wrap(shapeOf(schema.valueType as z.ZodType), (of) => ({ type: 'map', of }));
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as z.ZodType[]).map(shapeOf).filter((s): s is Shape => s !== undefined);
    return options.length ? { type: 'either', options } : undefined;
  }
  if (schema instanceof z.ZodObject) {
    const fields = Object.fromEntries(
      Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
        const shape = shapeOf(field);
        return shape ? [[key, shape]] : [];
      }),
    );
    return Object.keys(fields).length ? { type: 'object', fields } : undefined;
  }
  return undefined;
}

// Wraps an inner shape, when there is one.
function wrap(inner: Shape | undefined, make: (inner: Shape) => Shape): Shape | undefined {
  return inner && make(inner);
}
