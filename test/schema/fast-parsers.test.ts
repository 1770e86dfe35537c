// The fast parsers (src/schema/fast-parsers.ts) are zod's generated code for each kind: they accept what zod accepts,
// with the same data, and refuse what zod refuses; a schema whose constants cannot be written out gets none.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readPlain } from '../../src/load/plain-read.ts';
import { INVALID, PARSERS } from '../../src/schema/fast-parsers.ts';
import { KIND_NAMES } from '../../src/schema/kinds.ts';
import { parserFrom, parserSource } from '../../src/schema/parser-source.ts';
import { KINDS } from '../../src/schema/records.ts';
import { DATA } from '../support/data.ts';

/** Runs of each property: FUZZ_RUNS=5000 searches longer. */
const RUNS = { numRuns: Number(process.env.FUZZ_RUNS ?? 300) };

// Checks a parser against zod on one input: both accept with the same data, or both refuse.
function agrees(kind: (typeof KIND_NAMES)[number], input: unknown): boolean {
  const zod = KINDS[kind].schema.safeParse(input);
  const fast = PARSERS[kind]!(input);
  if (zod.success) expect(fast).toEqual(zod.data);
  else expect(fast).toBe(INVALID);
  return zod.success;
}

// The records of the embedded data, by kind.
function records(): { kind: (typeof KIND_NAMES)[number]; data: Record<string, unknown> }[] {
  const folders = { office: '.', body: 'bodies', project: 'projects', country: 'countries' } as const;
  return KIND_NAMES.flatMap((kind) =>
    readdirSync(join(DATA, folders[kind]))
      .filter((f) => (kind === 'office' ? f === 'office.yaml' : f.endsWith('.yaml')))
      .map((f) => ({ kind, data: readPlain(readFileSync(join(DATA, folders[kind], f), 'utf8'))! })),
  );
}

describe('the fast parsers', () => {
  it('exist for every kind of record', () => {
    expect(Object.keys(PARSERS).sort()).toEqual([...KIND_NAMES].sort());
  });

  it('accept every record of the embedded data, with the data zod gives', () => {
    const all = records();
    expect(all).toHaveLength(33);
    for (const { kind, data } of all) expect(agrees(kind, data)).toBe(true);
  });

  it.each([
    ['an unknown field', 'country', { name: { nom: 'Norwegia' }, capital: 'Oslo' }],
    ['a missing field', 'country', {}],
    ['an empty form', 'country', { name: { nom: '' } }],
    ['a number for text', 'country', { name: { nom: 12 } }],
    ['a role not in the list', 'project', { name: { nom: 'p' }, context: 'x', participations: [{ who: 'office', role: 'boss' }] }],
    ['an id with capitals', 'project', { name: { nom: 'p' }, context: 'Enaro' }],
    ['a fraction of a member count', 'body', { name: { nom: 'b' }, members: { euStates: 2.5 } }],
    ['null for a mapping', 'office', null],
    ['a list for a mapping', 'office', []],
  ] as const)('refuse %s, as zod does', (_what, kind, input) => {
    expect(agrees(kind, input)).toBe(false);
  });

  it('agree with zod on records with a field dropped, changed or added', () => {
    const all = records();
    const value = fc.oneof(fc.constantFrom('', 'x', '2010', 2010, 1.5, -1, true, null, [], {}, 'member', 'office', 'f', 'sg', 'Enaro'), fc.string({ maxLength: 4 }), fc.integer());
    const change = fc.record({ pick: fc.nat(), field: fc.nat(), to: fc.option(value, { nil: undefined }), add: fc.boolean() });
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 3 }), (changes) => {
        const { kind, data } = all[changes[0]!.pick % all.length]!;
        const copy = structuredClone(data) as Record<string, unknown>;
        for (const { field, to, add } of changes) {
          const keys = Object.keys(copy);
          const key = add ? ['acronym', 'gender', 'extra', 'from', 'role'][field % 5]! : keys[field % keys.length]!;
          if (to === undefined) delete copy[key];
          else copy[key] = to;
        }
        if (agrees(kind, copy)) accepted++;
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('parserSource', () => {
  it('gives no parser for a schema whose check is a function of our own: zod checks it', () => {
    expect(parserSource(z.strictObject({ a: z.string().refine((s) => s.startsWith('x')) }))).toBeUndefined();
  });

  it('writes sets, patterns and zod helpers as source', () => {
    const source = parserSource(z.strictObject({ a: z.enum(['x', 'y']), b: z.string().regex(/^[a-z]+$/).min(1) }))!;
    expect(source).toContain('new Set(["x","y"])');
    expect(source).toContain('new RegExp("^[a-z]+$", "")');
    const parse = parserFrom(source);
    expect(parse({ a: 'x', b: 'abc' })).toEqual({ a: 'x', b: 'abc' });
    expect(parse({ a: 'z', b: 'abc' })).toBe(INVALID);
  });
});

