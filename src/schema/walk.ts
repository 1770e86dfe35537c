// Finds the marked fields of a record kind by walking its schema, and the places they occupy in a record's data.
import { z } from 'zod';
import { MARKS, type Mark } from './marks.ts';

/** A step of a field's path: a key, or '*' for every item of a list. */
export type Step = string | '*';

/** A marked field: where it is in a record, and what it holds. */
export interface MarkedField {
  path: Step[];
  mark: Mark;
}

const cache = new WeakMap<z.ZodType, MarkedField[]>();

// Lists every marked field of a schema, with its path (items of lists as '*'); computed once per schema.
export function markedFields(schema: z.ZodType): MarkedField[] {
  let fields = cache.get(schema);
  if (!fields) cache.set(schema, (fields = walk(schema, [])));
  return fields;
}

// Walks a schema down through objects, lists and optionals, collecting the marked fields.
function walk(schema: z.ZodType, path: Step[]): MarkedField[] {
  const mark = MARKS.get(schema);
  if (mark) return [{ path, mark }];
  if (schema instanceof z.ZodOptional) return walk(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return walk(schema.element as z.ZodType, [...path, '*']);
  if (schema instanceof z.ZodRecord) return walk(schema.valueType as z.ZodType, [...path, '*']);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap((option) => walk(option, path));
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).flatMap(([key, field]) => walk(field as z.ZodType, [...path, key]));
  return [];
}

/** A marked value found in a record's data: its concrete path and the value written there. */
export interface MarkedValue {
  path: (string | number)[];
  value: unknown;
  mark: Mark;
}

// Lists the values of a record's data at the marked fields of its schema, reading data of any shape.
export function markedValues(schema: z.ZodType, data: unknown): MarkedValue[] {
  const found: MarkedValue[] = [];
  for (const { path, mark } of markedFields(schema)) collect(data, path, [], (value, at) => found.push({ path: at, value, mark }));
  return found;
}

// Follows a field path through the data, calling back at every value it reaches.
function collect(value: unknown, steps: Step[], at: (string | number)[], found: (value: unknown, at: (string | number)[]) => void): void {
  if (value === undefined) return;
  if (!steps.length) return found(value, at);
  const [step, ...rest] = steps;
  if (step === '*') {
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, rest, [...at, i], found));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) collect(item, rest, [...at, key], found);
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, step!)) {
    collect((value as Record<string, unknown>)[step!], rest, [...at, step!], found);
  }
}

// Copies data along its schema, replacing each marked value with what `convert` returns for it.
export function mapMarked(schema: z.ZodType, value: unknown, convert: (value: unknown, mark: Mark, path: (string | number)[]) => unknown, path: (string | number)[] = []): unknown {
  if (value === undefined) return undefined;
  const mark = MARKS.get(schema);
  if (mark) return convert(value, mark, path);
  if (schema instanceof z.ZodOptional) return mapMarked(schema.unwrap() as z.ZodType, value, convert, path);
  if (schema instanceof z.ZodArray) return (value as unknown[]).map((item, i) => mapMarked(schema.element as z.ZodType, item, convert, [...path, i]));
  if (schema instanceof z.ZodRecord) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) copy[key] = mapMarked(schema.valueType as z.ZodType, item, convert, [...path, key]);
    return copy;
  }
  if (schema instanceof z.ZodUnion) {
    // a union of a marked field and plain values (a text or false): the marked one when the value is of its kind
    const options = schema.options as z.ZodType[];
    const markedOption = options.find((o) => MARKS.get(o) && o.safeParse(value).success);
    return markedOption ? mapMarked(markedOption, value, convert, path) : value;
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) copy[key] = shape[key] ? mapMarked(shape[key], item, convert, [...path, key]) : item;
    return copy;
  }
  return value;
}
