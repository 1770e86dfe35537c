// Walks a record's data along the shape of its kind (./shapes.ts): finds the values at its marked fields (references,
// dates, noun phrases, texts) and copies data with those values converted. Plain data in, plain data out: no zod.
import type { Mark } from './marks.ts';

/** Where a kind's marked fields are: the schema reduced to objects, lists, maps, alternatives and marks. */
export type Shape =
  | { type: 'mark'; mark: Mark }
  | { type: 'object'; fields: Record<string, Shape> }
  | { type: 'list'; of: Shape }
  | { type: 'map'; of: Shape }
  | { type: 'either'; options: Shape[] };

/** A marked value found in a record's data: its path, and the value written there. */
export interface MarkedValue {
  path: (string | number)[];
  value: unknown;
  mark: Mark;
}

// Lists the values of a record's data at the marked fields of its shape, reading data of any shape.
export function markedValues(shape: Shape, data: unknown): MarkedValue[] {
  const found: MarkedValue[] = [];
  visit(shape, data, [], found);
  return found;
}

// Follows the shape through the data without copying it, collecting the marked values.
function visit(shape: Shape, value: unknown, path: (string | number)[], found: MarkedValue[]): void {
  if (value === undefined) return;
  if (shape.type === 'mark') found.push({ path, value, mark: shape.mark });
  else if (shape.type === 'list') {
    if (Array.isArray(value)) value.forEach((item, i) => visit(shape.of, item, [...path, i], found));
  } else if (shape.type === 'either') {
    const option = shape.options.find((o) => fits(o, value));
    if (option) visit(option, value, path, found);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    if (shape.type === 'map') for (const [key, item] of Object.entries(value)) visit(shape.of, item, [...path, key], found);
    else
      for (const [key, field] of Object.entries(shape.fields))
        if (Object.hasOwn(value, key)) visit(field, (value as Record<string, unknown>)[key], [...path, key], found);
  }
}

// Copies data along its shape, replacing each marked value with what `convert` returns for it; data that does not fit
// the shape is copied as it is.
export function mapMarked(
  shape: Shape,
  value: unknown,
  convert: (value: unknown, mark: Mark, path: (string | number)[]) => unknown,
  path: (string | number)[] = [],
): unknown {
  if (value === undefined) return undefined;
  switch (shape.type) {
    case 'mark':
      return convert(value, shape.mark, path);
    case 'list':
      return Array.isArray(value) ? value.map((item, i) => mapMarked(shape.of, item, convert, [...path, i])) : value;
    case 'map':
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const field = shape.type === 'map' ? shape.of : Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
        copy[key] = field ? mapMarked(field, item, convert, [...path, key]) : item;
      }
      return copy;
    }
    case 'either': {
      // the first alternative the value fits: a mark of its kind of value, or a list or mapping
      const option = shape.options.find((o) => fits(o, value));
      return option ? mapMarked(option, value, convert, path) : value;
    }
  }
}

// Tells whether a value is of the kind a shape holds.
function fits(shape: Shape, value: unknown): boolean {
  if (shape.type === 'list') return Array.isArray(value);
  if (shape.type === 'object' || shape.type === 'map') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (shape.type === 'either') return shape.options.some((o) => fits(o, value));
  const { type } = shape.mark;
  if (type === 'phrase') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type === 'date') return typeof value === 'string' || typeof value === 'number';
  return typeof value === 'string';
}
