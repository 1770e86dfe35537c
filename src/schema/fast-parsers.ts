// The fast parser of each kind of record (./parser-source.ts), made from the zod schemas as this module loads. The
// bundle replaces this module with the parsers' code written out (scripts/bundle.mjs), so that it needs no zod.
import { KIND_NAMES, type Kind } from './kinds.ts';
import { parserFrom, parserSource, type Parser } from './parser-source.ts';
import { KINDS } from './records.ts';

export { INVALID, type Parser } from './parser-source.ts';

/** The parsers, by kind; a kind without one is checked by zod alone. */
export const PARSERS: Partial<Record<Kind, Parser>> = Object.fromEntries(
  KIND_NAMES.flatMap((kind) => {
    const source = parserSource(KINDS[kind].schema);
    return source === undefined ? [] : [[kind, parserFrom(source)]];
  }),
);
