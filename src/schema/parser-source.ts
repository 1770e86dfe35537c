// Writes, from a zod schema, the JavaScript of a parser that returns a record's parsed data, or INVALID where zod
// would report a problem. The code is zod's own (compileFn, the generator behind `zod/compile`); this module only
// writes out the constants it closes over: sets and regular expressions as literals, zod's helpers by name. The
// bundle embeds the result (scripts/bundle.mjs), so that valid records are checked without loading zod.
import type { z } from 'zod';
import { compileFn, util } from 'zod/v4/core';

/** What a generated parser returns for data its schema refuses (zod's own marker). */
export const INVALID: unique symbol = Symbol.for('zod.compile.invalid') as never;

/** A parser: the parsed data, or INVALID. */
export type Parser = (input: unknown) => unknown;

/** The code a parser is made from: statements, run with `util` (zod's helpers) in scope, that return the parser. */
export type ParserSource = string;

// Returns the code of the schema's parser, or undefined when zod cannot generate one or a constant cannot be
// written out: such a schema is checked by zod alone, which is slower but the same.
export function parserSource(schema: z.ZodType): ParserSource | undefined {
  const made = generated(schema);
  if (!made) return undefined;
  const constants: string[] = [];
  for (const [i, name] of made.names.entries()) {
    const value = constantSource(made.values[i]);
    if (value === undefined) return undefined;
    constants.push(`const ${name} = ${value};`);
  }
  return `${constants.join('\n')}\n${made.body}`;
}

// Makes a parser from its code (in the source tree; the bundle has the code written in).
export function parserFrom(source: ParserSource): Parser {
  return new Function('util', source)(util) as Parser;
}

// Runs zod's generator and keeps what it passes to `new Function`: the constants' names and values and the body.
function generated(schema: z.ZodType): { names: string[]; values: unknown[]; body: string } | undefined {
  const real = globalThis.Function;
  let made: { names: string[]; values: unknown[]; body: string } | undefined;
  // compileFn runs `new Function(...names, body)(...values)`: this stand-in records both calls
  const recorder = function (...args: string[]) {
    const body = args.pop()!;
    const factory = real(...args, body) as (...values: unknown[]) => unknown;
    return (...values: unknown[]) => {
      made = { names: args, values, body };
      return factory(...values);
    };
  };
  globalThis.Function = recorder as unknown as FunctionConstructor;
  try {
    compileFn(schema);
  } catch {
    return undefined;
  } finally {
    globalThis.Function = real;
  }
  return made;
}

// Writes a constant as source, or undefined when it cannot be.
function constantSource(value: unknown): string | undefined {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return JSON.stringify(value);
  if (typeof value === 'symbol') {
    const key = Symbol.keyFor(value);
    return key === undefined ? undefined : `Symbol.for(${JSON.stringify(key)})`;
  }
  if (value instanceof RegExp) return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
  if (value instanceof Set) {
    const items = [...value];
    const literal = (v: unknown) => typeof v === 'string' || typeof v === 'boolean' || v === null || (typeof v === 'number' && Number.isFinite(v));
    return items.every(literal) ? `new Set(${JSON.stringify(items)})` : undefined;
  }
  if (typeof value === 'function') {
    const name = Object.entries(util).find(([, helper]) => helper === value)?.[0];
    return name === undefined ? undefined : `util.${name}`;
  }
  return undefined;
}
